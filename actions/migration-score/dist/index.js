/******/ (function() { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 4115:
/***/ (function(__unused_webpack_module, exports) {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));


/***/ }),

/***/ 9461:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__nccwpck_require__(2124), exports);
__exportStar(__nccwpck_require__(4115), exports);


/***/ }),

/***/ 2124:
/***/ (function(__unused_webpack_module, exports) {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));


/***/ }),

/***/ 3995:
/***/ (function(module, __unused_webpack_exports, __nccwpck_require__) {

var PgQueryModule=(()=>{var _scriptName=globalThis.document?.currentScript?.src;return async function(moduleArg={}){var Module=moduleArg;var ENVIRONMENT_IS_WEB=!!globalThis.window;var ENVIRONMENT_IS_WORKER=!!globalThis.WorkerGlobalScope;var ENVIRONMENT_IS_NODE=globalThis.process?.versions?.node&&globalThis.process?.type!="renderer";var programArgs=[];var thisProgram="./this.program";var quit_=(status,toThrow)=>{throw toThrow};if(typeof __filename!="undefined"){_scriptName=__filename}else if(ENVIRONMENT_IS_WORKER){_scriptName=self.location.href}var scriptDirectory="";function locateFile(path){if(Module["locateFile"]){return Module["locateFile"](path,scriptDirectory)}return scriptDirectory+path}var readAsync,readBinary;if(ENVIRONMENT_IS_NODE){var fs=__nccwpck_require__(3024);scriptDirectory=__dirname+"/";readBinary=filename=>{filename=isFileURI(filename)?new URL(filename):filename;var ret=fs.readFileSync(filename);return ret};readAsync=async(filename,binary=true)=>{filename=isFileURI(filename)?new URL(filename):filename;var ret=fs.readFileSync(filename,binary?undefined:"utf8");return ret};if(process.argv.length>1){thisProgram=process.argv[1].replace(/\\/g,"/")}programArgs=process.argv.slice(2);quit_=(status,toThrow)=>{process.exitCode=status;throw toThrow}}else if(ENVIRONMENT_IS_WEB||ENVIRONMENT_IS_WORKER){try{scriptDirectory=new URL(".",_scriptName).href}catch{}{if(ENVIRONMENT_IS_WORKER){readBinary=url=>{var xhr=new XMLHttpRequest;xhr.open("GET",url,false);xhr.responseType="arraybuffer";xhr.send(null);return new Uint8Array(xhr.response)}}readAsync=async url=>{var response=await fetch(url,{credentials:"same-origin"});if(response.ok){return response.arrayBuffer()}throw new Error(response.status+" : "+response.url)}}}else{}var out=console.log.bind(console);var err=console.error.bind(console);var wasmBinary;var ABORT=false;var EXITSTATUS;var isFileURI=filename=>filename.startsWith("file://");class EmscriptenEH{}class EmscriptenSjLj extends EmscriptenEH{}var runtimeInitialized=false;function getMemoryBuffer(){return wasmMemory.buffer}function updateMemoryViews(){if(HEAP8?.buffer?.resizable)return;var b=getMemoryBuffer();HEAP8=new Int8Array(b);HEAP16=new Int16Array(b);Module["HEAPU8"]=HEAPU8=new Uint8Array(b);HEAPU16=new Uint16Array(b);HEAP32=new Int32Array(b);Module["HEAPU32"]=HEAPU32=new Uint32Array(b);HEAPF32=new Float32Array(b);HEAPF64=new Float64Array(b);HEAP64=new BigInt64Array(b);HEAPU64=new BigUint64Array(b)}function preRun(){var preRun=Module["preRun"];if(preRun){if(typeof preRun=="function")preRun=[preRun];onPreRuns.push(...preRun)}callRuntimeCallbacks(onPreRuns)}function initRuntime(){runtimeInitialized=true;if(!Module["noFSInit"]&&!FS.initialized)FS.init();TTY.init();wasmExports["A"]();FS.ignorePermissions=false}function postRun(){var postRun=Module["postRun"];if(postRun){if(typeof postRun=="function")postRun=[postRun];onPostRuns.push(...postRun)}callRuntimeCallbacks(onPostRuns)}function abort(what){Module["onAbort"]?.(what);what=`Aborted(${what})`;err(what);ABORT=true;what+=". Build with -sASSERTIONS for more info.";var e=new WebAssembly.RuntimeError(what);throw e}var wasmBinaryFile;function findWasmBinary(){return locateFile("libpg-query.wasm")}function getBinarySync(file){if(readBinary){return readBinary(file)}throw"both async and sync fetching of the wasm failed"}async function getWasmBinary(binaryFile){if(!wasmBinary){try{var response=await readAsync(binaryFile);return new Uint8Array(response)}catch{}}return getBinarySync(binaryFile)}async function instantiateArrayBuffer(binaryFile,imports){try{var binary=await getWasmBinary(binaryFile);var instance=await WebAssembly.instantiate(binary,imports);return instance}catch(reason){err(`failed to asynchronously prepare wasm: ${reason}`);abort(reason)}}async function instantiateAsync(binary,binaryFile,imports){if(!binary&&!ENVIRONMENT_IS_NODE){try{var response=fetch(binaryFile,{credentials:"same-origin"});var instantiationResult=await WebAssembly.instantiateStreaming(response,imports);return instantiationResult}catch(reason){err(`wasm streaming compile failed: ${reason}`);err("falling back to ArrayBuffer instantiation")}}return instantiateArrayBuffer(binaryFile,imports)}function getWasmImports(){var imports={a:wasmImports};return imports}async function createWasm(){function receiveInstance(instance){wasmExports=instance.exports;assignWasmExports(wasmExports);updateMemoryViews();return wasmExports}function receiveInstantiationResult(result){return receiveInstance(result["instance"])}var info=getWasmImports();var instantiateWasm=Module["instantiateWasm"];if(instantiateWasm){return new Promise(resolve=>{instantiateWasm(info,inst=>resolve(receiveInstance(inst)))})}wasmBinaryFile??=findWasmBinary();var result=await instantiateAsync(wasmBinary,wasmBinaryFile,info);var exports=receiveInstantiationResult(result);return exports}class ExitStatus{name="ExitStatus";constructor(status){this.message=`Program terminated with exit(${status})`;this.status=status}}var HEAP16;var HEAP32;var HEAP64;var HEAP8;var HEAPF32;var HEAPF64;var HEAPU16;var HEAPU32;var HEAPU64;var HEAPU8;var callRuntimeCallbacks=callbacks=>{while(callbacks.length>0){callbacks.shift()(Module)}};var onPostRuns=[];var onPreRuns=[];function getValue(ptr,type="i8"){if(type.endsWith("*"))type="*";switch(type){case"i1":return HEAP8[ptr];case"i8":return HEAP8[ptr];case"i16":return HEAP16[ptr>>1];case"i32":return HEAP32[ptr>>2];case"i64":return HEAP64[ptr>>3];case"float":return HEAPF32[ptr>>2];case"double":return HEAPF64[ptr>>3];case"*":return HEAPU32[ptr>>2];default:abort(`invalid type for getValue: ${type}`)}}var noExitRuntime=true;var stackRestore=val=>__emscripten_stack_restore(val);var stackSave=()=>_emscripten_stack_get_current();var UTF8Decoder=globalThis.TextDecoder&&new TextDecoder;var findStringEnd=(heapOrArray,idx,maxBytesToRead,ignoreNul)=>{var maxIdx=idx+maxBytesToRead;if(ignoreNul)return maxIdx;while(heapOrArray[idx]&&!(idx>=maxIdx))++idx;return idx};var UTF8ArrayToString=(heapOrArray,idx=0,maxBytesToRead,ignoreNul)=>{var endPtr=findStringEnd(heapOrArray,idx,maxBytesToRead,ignoreNul);if(endPtr-idx>16&&heapOrArray.buffer&&UTF8Decoder){return UTF8Decoder.decode(heapOrArray.subarray(idx,endPtr))}var str="";while(idx<endPtr){var u0=heapOrArray[idx++];if(!(u0&128)){str+=String.fromCharCode(u0);continue}var u1=heapOrArray[idx++]&63;if((u0&224)==192){str+=String.fromCharCode((u0&31)<<6|u1);continue}var u2=heapOrArray[idx++]&63;if((u0&240)==224){u0=(u0&15)<<12|u1<<6|u2}else{u0=(u0&7)<<18|u1<<12|u2<<6|heapOrArray[idx++]&63}if(u0<65536){str+=String.fromCharCode(u0)}else{var ch=u0-65536;str+=String.fromCharCode(55296|ch>>10,56320|ch&1023)}}return str};var UTF8ToString=(ptr,maxBytesToRead,ignoreNul)=>ptr?UTF8ArrayToString(HEAPU8,ptr,maxBytesToRead,ignoreNul):"";var ___assert_fail=(condition,filename,line,func)=>abort(`Assertion failed: ${UTF8ToString(condition)}, at: `+[filename?UTF8ToString(filename):"unknown filename",line,func?UTF8ToString(func):"unknown function"]);var __abort_js=()=>abort("");var runtimeKeepaliveCounter=0;var __emscripten_runtime_keepalive_clear=()=>{noExitRuntime=false;runtimeKeepaliveCounter=0};var __emscripten_throw_longjmp=()=>{throw new EmscriptenSjLj};var timers={};var handleException=e=>{if(e instanceof ExitStatus||e=="unwind"){return EXITSTATUS}quit_(1,e)};var keepRuntimeAlive=()=>noExitRuntime||runtimeKeepaliveCounter>0;var _proc_exit=code=>{EXITSTATUS=code;if(!keepRuntimeAlive()){Module["onExit"]?.(code);ABORT=true}quit_(code,new ExitStatus(code))};var exitJS=(status,implicit)=>{EXITSTATUS=status;_proc_exit(status)};var _exit=exitJS;var maybeExit=()=>{if(!keepRuntimeAlive()){try{_exit(EXITSTATUS)}catch(e){handleException(e)}}};var callUserCallback=func=>{if(ABORT){return}try{return func()}catch(e){handleException(e)}finally{maybeExit()}};var _emscripten_get_now=()=>performance.now();var __setitimer_js=(which,timeout_ms)=>{if(timers[which]){clearTimeout(timers[which].id);delete timers[which]}if(!timeout_ms)return 0;var id=setTimeout(()=>{delete timers[which];callUserCallback(()=>__emscripten_timeout(which,_emscripten_get_now()))},timeout_ms);timers[which]={id,timeout_ms};return 0};var getHeapMax=()=>1073741824;var alignMemory=(size,alignment)=>Math.ceil(size/alignment)*alignment;var growMemory=size=>{var oldHeapSize=wasmMemory.buffer.byteLength;var pages=(size-oldHeapSize+65535)/65536|0;try{wasmMemory.grow(pages);updateMemoryViews();return 1}catch(e){}};var _emscripten_resize_heap=requestedSize=>{var oldSize=HEAPU8.length;requestedSize>>>=0;var maxHeapSize=getHeapMax();if(requestedSize>maxHeapSize){return false}for(var cutDown=1;cutDown<=4;cutDown*=2){var overGrownHeapSize=oldSize*(1+.2/cutDown);overGrownHeapSize=Math.min(overGrownHeapSize,requestedSize+100663296);var newSize=Math.min(maxHeapSize,alignMemory(Math.max(requestedSize,overGrownHeapSize),65536));var replacement=growMemory(newSize);if(replacement){return true}}return false};var PATH={isAbs:path=>path.charAt(0)==="/",splitPath:filename=>{var splitPathRe=/^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;return splitPathRe.exec(filename).slice(1)},normalizeArray:(parts,allowAboveRoot)=>{var up=0;for(var i=parts.length-1;i>=0;i--){var last=parts[i];if(last==="."){parts.splice(i,1)}else if(last===".."){parts.splice(i,1);up++}else if(up){parts.splice(i,1);up--}}if(allowAboveRoot){for(;up;up--){parts.unshift("..")}}return parts},normalize:path=>{var isAbsolute=PATH.isAbs(path),trailingSlash=path.slice(-1)==="/";path=PATH.normalizeArray(path.split("/").filter(p=>!!p),!isAbsolute).join("/");if(!path&&!isAbsolute){path="."}if(path&&trailingSlash){path+="/"}return(isAbsolute?"/":"")+path},dirname:path=>{var result=PATH.splitPath(path),root=result[0],dir=result[1];if(!root&&!dir){return"."}if(dir){dir=dir.slice(0,-1)}return root+dir},basename:path=>path&&path.match(/([^\/]+|\/)\/*$/)[1],join:(...paths)=>PATH.normalize(paths.join("/")),join2:(l,r)=>PATH.normalize(l+"/"+r)};var initRandomFill=()=>{if(ENVIRONMENT_IS_NODE){var nodeCrypto=__nccwpck_require__(7598);return view=>(nodeCrypto.randomFillSync(view),0)}return view=>(crypto.getRandomValues(view),0)};var randomFill=view=>(randomFill=initRandomFill())(view);var PATH_FS={resolve:(...args)=>{var resolvedPath="",resolvedAbsolute=false;for(var i=args.length-1;i>=-1&&!resolvedAbsolute;i--){var path=i>=0?args[i]:FS.cwd();if(typeof path!="string"){throw new TypeError("Arguments to path.resolve must be strings")}else if(!path){return""}resolvedPath=path+"/"+resolvedPath;resolvedAbsolute=PATH.isAbs(path)}resolvedPath=PATH.normalizeArray(resolvedPath.split("/").filter(p=>!!p),!resolvedAbsolute).join("/");return(resolvedAbsolute?"/":"")+resolvedPath||"."},relative:(from,to)=>{from=PATH_FS.resolve(from).slice(1);to=PATH_FS.resolve(to).slice(1);function trim(arr){var start=0;for(;start<arr.length;start++){if(arr[start]!=="")break}var end=arr.length-1;for(;end>=0;end--){if(arr[end]!=="")break}if(start>end)return[];return arr.slice(start,end-start+1)}var fromParts=trim(from.split("/"));var toParts=trim(to.split("/"));var length=Math.min(fromParts.length,toParts.length);var samePartsLength=length;for(var i=0;i<length;i++){if(fromParts[i]!==toParts[i]){samePartsLength=i;break}}var outputParts=[];for(var i=samePartsLength;i<fromParts.length;i++){outputParts.push("..")}outputParts=outputParts.concat(toParts.slice(samePartsLength));return outputParts.join("/")}};var FS_stdin_getChar_buffer=[];var lengthBytesUTF8=str=>{var len=0;for(var i=0;i<str.length;++i){var c=str.charCodeAt(i);if(c<=127){len++}else if(c<=2047){len+=2}else if(c>=55296&&c<=57343){len+=4;++i}else{len+=3}}return len};var stringToUTF8Array=(str,heap,outIdx,maxBytesToWrite)=>{if(!(maxBytesToWrite>0))return 0;var startIdx=outIdx;var endIdx=outIdx+maxBytesToWrite-1;for(var i=0;i<str.length;++i){var u=str.codePointAt(i);if(u<=127){if(outIdx>=endIdx)break;heap[outIdx++]=u}else if(u<=2047){if(outIdx+1>=endIdx)break;heap[outIdx++]=192|u>>6;heap[outIdx++]=128|u&63}else if(u<=65535){if(outIdx+2>=endIdx)break;heap[outIdx++]=224|u>>12;heap[outIdx++]=128|u>>6&63;heap[outIdx++]=128|u&63}else{if(outIdx+3>=endIdx)break;heap[outIdx++]=240|u>>18;heap[outIdx++]=128|u>>12&63;heap[outIdx++]=128|u>>6&63;heap[outIdx++]=128|u&63;i++}}heap[outIdx]=0;return outIdx-startIdx};var intArrayFromString=(stringy,dontAddNull,length)=>{var len=length>0?length:lengthBytesUTF8(stringy)+1;var u8array=new Array(len);var numBytesWritten=stringToUTF8Array(stringy,u8array,0,u8array.length);if(dontAddNull)u8array.length=numBytesWritten;return u8array};var FS_stdin_getChar=()=>{if(!FS_stdin_getChar_buffer.length){var result=null;if(ENVIRONMENT_IS_NODE){var BUFSIZE=256;var buf=Buffer.alloc(BUFSIZE);var bytesRead=0;var fd=process.stdin.fd;try{bytesRead=fs.readSync(fd,buf,0,BUFSIZE)}catch(e){if(e.toString().includes("EOF"))bytesRead=0;else throw e}if(bytesRead>0){result=buf.slice(0,bytesRead).toString("utf-8")}}else if(globalThis.window?.prompt){result=window.prompt("Input: ");if(result!==null){result+="\n"}}else{}if(!result){return null}FS_stdin_getChar_buffer=intArrayFromString(result,true)}return FS_stdin_getChar_buffer.shift()};var TTY={ttys:[],init(){},shutdown(){},register(dev,ops){TTY.ttys[dev]={input:[],output:[],ops};FS.registerDevice(dev,TTY.stream_ops)},stream_ops:{open(stream){var tty=TTY.ttys[stream.node.rdev];if(!tty){throw new FS.ErrnoError(43)}stream.tty=tty;stream.seekable=false},close(stream){stream.tty.ops.fsync(stream.tty)},fsync(stream){stream.tty.ops.fsync(stream.tty)},read(stream,buffer,offset,length,pos){if(!stream.tty||!stream.tty.ops.get_char){throw new FS.ErrnoError(60)}var bytesRead=0;for(var i=0;i<length;i++){var result;try{result=stream.tty.ops.get_char(stream.tty)}catch(e){throw new FS.ErrnoError(29)}if(result===undefined&&bytesRead===0){throw new FS.ErrnoError(6)}if(result===null||result===undefined)break;bytesRead++;buffer[offset+i]=result}if(bytesRead){stream.node.atime=Date.now()}return bytesRead},write(stream,buffer,offset,length,pos){if(!stream.tty||!stream.tty.ops.put_char){throw new FS.ErrnoError(60)}try{for(var i=0;i<length;i++){stream.tty.ops.put_char(stream.tty,buffer[offset+i])}}catch(e){throw new FS.ErrnoError(29)}if(length){stream.node.mtime=stream.node.ctime=Date.now()}return i}},default_tty_ops:{get_char(tty){return FS_stdin_getChar()},put_char(tty,val){if(val===null||val===10){out(UTF8ArrayToString(tty.output));tty.output=[]}else{if(val!=0)tty.output.push(val)}},fsync(tty){if(tty.output?.length>0){out(UTF8ArrayToString(tty.output));tty.output=[]}},ioctl_tcgets(tty){return{c_iflag:25856,c_oflag:5,c_cflag:191,c_lflag:35387,c_cc:[3,28,127,21,4,0,1,0,17,19,26,0,18,15,23,22,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}},ioctl_tcsets(tty,optional_actions,data){return 0},ioctl_tiocgwinsz(tty){return[24,80]}},default_tty1_ops:{put_char(tty,val){if(val===null||val===10){err(UTF8ArrayToString(tty.output));tty.output=[]}else{if(val!=0)tty.output.push(val)}},fsync(tty){if(tty.output?.length>0){err(UTF8ArrayToString(tty.output));tty.output=[]}}}};var mmapAlloc=size=>{abort()};var MEMFS={ops_table:null,mount(mount){return MEMFS.createNode(null,"/",16895,0)},createNode(parent,name,mode,dev){if(FS.isBlkdev(mode)||FS.isFIFO(mode)){throw new FS.ErrnoError(63)}MEMFS.ops_table||={dir:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr,lookup:MEMFS.node_ops.lookup,mknod:MEMFS.node_ops.mknod,rename:MEMFS.node_ops.rename,unlink:MEMFS.node_ops.unlink,rmdir:MEMFS.node_ops.rmdir,readdir:MEMFS.node_ops.readdir,symlink:MEMFS.node_ops.symlink},stream:{llseek:MEMFS.stream_ops.llseek}},file:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr},stream:{llseek:MEMFS.stream_ops.llseek,read:MEMFS.stream_ops.read,write:MEMFS.stream_ops.write,mmap:MEMFS.stream_ops.mmap,msync:MEMFS.stream_ops.msync}},link:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr,readlink:MEMFS.node_ops.readlink},stream:{}},chrdev:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr},stream:FS.chrdev_stream_ops}};var node=FS.createNode(parent,name,mode,dev);if(FS.isDir(node.mode)){node.node_ops=MEMFS.ops_table.dir.node;node.stream_ops=MEMFS.ops_table.dir.stream;node.contents={}}else if(FS.isFile(node.mode)){node.node_ops=MEMFS.ops_table.file.node;node.stream_ops=MEMFS.ops_table.file.stream;node.usedBytes=0;node.contents=MEMFS.emptyFileContents??=new Uint8Array(0)}else if(FS.isLink(node.mode)){node.node_ops=MEMFS.ops_table.link.node;node.stream_ops=MEMFS.ops_table.link.stream}else if(FS.isChrdev(node.mode)){node.node_ops=MEMFS.ops_table.chrdev.node;node.stream_ops=MEMFS.ops_table.chrdev.stream}node.atime=node.mtime=node.ctime=Date.now();if(parent){parent.contents[name]=node;parent.atime=parent.mtime=parent.ctime=node.atime}return node},getFileDataAsTypedArray(node){return node.contents.subarray(0,node.usedBytes)},expandFileStorage(node,newCapacity){var prevCapacity=node.contents.length;if(prevCapacity>=newCapacity)return;var CAPACITY_DOUBLING_MAX=1024*1024;newCapacity=Math.max(newCapacity,prevCapacity*(prevCapacity<CAPACITY_DOUBLING_MAX?2:1.125)>>>0);if(prevCapacity)newCapacity=Math.max(newCapacity,256);var oldContents=MEMFS.getFileDataAsTypedArray(node);node.contents=new Uint8Array(newCapacity);node.contents.set(oldContents)},resizeFileStorage(node,newSize){if(node.usedBytes==newSize)return;var oldContents=node.contents;node.contents=new Uint8Array(newSize);node.contents.set(oldContents.subarray(0,Math.min(newSize,node.usedBytes)));node.usedBytes=newSize},node_ops:{getattr(node){var attr={};attr.dev=FS.isChrdev(node.mode)?node.id:1;attr.ino=node.id;attr.mode=node.mode;attr.nlink=1;attr.uid=0;attr.gid=0;attr.rdev=node.rdev;if(FS.isDir(node.mode)){attr.size=4096}else if(FS.isFile(node.mode)){attr.size=node.usedBytes}else if(FS.isLink(node.mode)){attr.size=node.link.length}else{attr.size=0}attr.atime=new Date(node.atime);attr.mtime=new Date(node.mtime);attr.ctime=new Date(node.ctime);attr.blksize=4096;attr.blocks=Math.ceil(attr.size/attr.blksize);return attr},setattr(node,attr){for(const key of["mode","atime","mtime","ctime"]){if(attr[key]!=null){node[key]=attr[key]}}if(attr.size!==undefined){MEMFS.resizeFileStorage(node,attr.size)}},lookup(parent,name){if(!MEMFS.doesNotExistError){MEMFS.doesNotExistError=new FS.ErrnoError(44);MEMFS.doesNotExistError.stack="<generic error, no stack>"}throw MEMFS.doesNotExistError},mknod(parent,name,mode,dev){return MEMFS.createNode(parent,name,mode,dev)},rename(old_node,new_dir,new_name){var new_node;try{new_node=FS.lookupNode(new_dir,new_name)}catch(e){}if(new_node){if(FS.isDir(old_node.mode)){for(var i in new_node.contents){throw new FS.ErrnoError(55)}}FS.hashRemoveNode(new_node)}delete old_node.parent.contents[old_node.name];new_dir.contents[new_name]=old_node;old_node.name=new_name;new_dir.ctime=new_dir.mtime=old_node.parent.ctime=old_node.parent.mtime=Date.now()},unlink(parent,name){delete parent.contents[name];parent.ctime=parent.mtime=Date.now()},rmdir(parent,name){var node=FS.lookupNode(parent,name);for(var i in node.contents){throw new FS.ErrnoError(55)}delete parent.contents[name];parent.ctime=parent.mtime=Date.now()},readdir(node){return[".","..",...Object.keys(node.contents)]},symlink(parent,newname,oldpath){var node=MEMFS.createNode(parent,newname,511|40960,0);node.link=oldpath;return node},readlink(node){if(!FS.isLink(node.mode)){throw new FS.ErrnoError(28)}return node.link}},stream_ops:{read(stream,buffer,offset,length,position){var contents=stream.node.contents;if(position>=stream.node.usedBytes)return 0;var size=Math.min(stream.node.usedBytes-position,length);buffer.set(contents.subarray(position,position+size),offset);return size},write(stream,buffer,offset,length,position,canOwn){if(buffer.buffer===HEAP8.buffer){canOwn=false}if(!length)return 0;var node=stream.node;node.mtime=node.ctime=Date.now();if(canOwn){node.contents=buffer.subarray(offset,offset+length);node.usedBytes=length}else if(node.usedBytes===0&&position===0){node.contents=buffer.slice(offset,offset+length);node.usedBytes=length}else{MEMFS.expandFileStorage(node,position+length);node.contents.set(buffer.subarray(offset,offset+length),position);node.usedBytes=Math.max(node.usedBytes,position+length)}return length},llseek(stream,offset,whence){var position=offset;if(whence===1){position+=stream.position}else if(whence===2){if(FS.isFile(stream.node.mode)){position+=stream.node.usedBytes}}if(position<0){throw new FS.ErrnoError(28)}return position},mmap(stream,length,position,prot,flags){if(!FS.isFile(stream.node.mode)){throw new FS.ErrnoError(43)}var ptr;var allocated;var contents=stream.node.contents;if(!(flags&2)&&contents.buffer===HEAP8.buffer){allocated=false;ptr=contents.byteOffset}else{allocated=true;ptr=mmapAlloc(length);if(!ptr){throw new FS.ErrnoError(48)}if(contents){if(position>0||position+length<contents.length){if(contents.subarray){contents=contents.subarray(position,position+length)}else{contents=Array.prototype.slice.call(contents,position,position+length)}}HEAP8.set(contents,ptr)}}return{ptr,allocated}},msync(stream,buffer,offset,length,mmapFlags){MEMFS.stream_ops.write(stream,buffer,0,length,offset,false);return 0}}};var FS_modeStringToFlags=str=>{if(typeof str!="string")return str;var flagModes={r:0,"r+":2,w:512|64|1,"w+":512|64|2,a:1024|64|1,"a+":1024|64|2};var flags=flagModes[str];if(typeof flags=="undefined"){throw new Error(`Unknown file open mode: ${str}`)}return flags};var FS_fileDataToTypedArray=data=>{if(typeof data=="string"){data=intArrayFromString(data,true)}if(!data.subarray){data=new Uint8Array(data)}return data};var FS_getMode=(canRead,canWrite)=>{var mode=0;if(canRead)mode|=292|73;if(canWrite)mode|=146;return mode};var asyncLoad=async url=>{var arrayBuffer=await readAsync(url);return new Uint8Array(arrayBuffer)};var FS_createDataFile=(...args)=>FS.createDataFile(...args);var getUniqueRunDependency=id=>id;var dependenciesPromise=null;var resolveRunDependencies=async()=>dependenciesPromise;var runDependencies=0;var dependenciesPromiseResolve=null;var removeRunDependency=id=>{runDependencies--;Module["monitorRunDependencies"]?.(runDependencies);if(!runDependencies){dependenciesPromiseResolve()}};var addRunDependency=id=>{if(!runDependencies){dependenciesPromise=new Promise(resolve=>dependenciesPromiseResolve=resolve)}runDependencies++;Module["monitorRunDependencies"]?.(runDependencies)};var preloadPlugins=[];var FS_handledByPreloadPlugin=async(byteArray,fullname)=>{if(typeof Browser!="undefined")Browser.init();for(var plugin of preloadPlugins){if(plugin["canHandle"](fullname)){return plugin["handle"](byteArray,fullname)}}return byteArray};var FS_preloadFile=async(parent,name,url,canRead,canWrite,dontCreateFile,canOwn,preFinish)=>{var fullname=name?PATH_FS.resolve(PATH.join2(parent,name)):parent;var dep=getUniqueRunDependency(`cp ${fullname}`);addRunDependency(dep);try{var byteArray=url;if(typeof url=="string"){byteArray=await asyncLoad(url)}byteArray=await FS_handledByPreloadPlugin(byteArray,fullname);preFinish?.();if(!dontCreateFile){FS_createDataFile(parent,name,byteArray,canRead,canWrite,canOwn)}}finally{removeRunDependency(dep)}};var FS_createPreloadedFile=(parent,name,url,canRead,canWrite,onload,onerror,dontCreateFile,canOwn,preFinish)=>{FS_preloadFile(parent,name,url,canRead,canWrite,dontCreateFile,canOwn,preFinish).then(onload).catch(onerror)};var FS={root:null,mounts:[],devices:{},streams:[],nextInode:1,nameTable:null,currentPath:"/",initialized:false,ignorePermissions:true,filesystems:null,syncFSRequests:0,ErrnoError:class{name="ErrnoError";constructor(errno){this.errno=errno}},FSStream:class{shared={};get object(){return this.node}set object(val){this.node=val}get isRead(){return(this.flags&2097155)!==1}get isWrite(){return(this.flags&2097155)!==0}get isAppend(){return this.flags&1024}get flags(){return this.shared.flags}set flags(val){this.shared.flags=val}get position(){return this.shared.position}set position(val){this.shared.position=val}},FSNode:class{node_ops={};stream_ops={};readMode=292|73;writeMode=146;mounted=null;constructor(parent,name,mode,rdev){if(!parent){parent=this}this.parent=parent;this.mount=parent.mount;this.id=FS.nextInode++;this.name=name;this.mode=mode;this.rdev=rdev;this.atime=this.mtime=this.ctime=Date.now()}get read(){return(this.mode&this.readMode)===this.readMode}set read(val){val?this.mode|=this.readMode:this.mode&=~this.readMode}get write(){return(this.mode&this.writeMode)===this.writeMode}set write(val){val?this.mode|=this.writeMode:this.mode&=~this.writeMode}get isFolder(){return FS.isDir(this.mode)}get isDevice(){return FS.isChrdev(this.mode)}addListener(cb,exclusive=false){var entry={cb,exclusive};var listeners=this.listeners??=new Set;listeners.add(entry);return{listeners,entry}}notifyListeners(flags){if(!this.listeners)return;var excl;for(var entry of this.listeners){if(entry.exclusive)(excl||=[]).push(entry);else entry.cb(flags)}if(excl){var i=(this.exclTurn||0)%excl.length;this.exclTurn=i+1;excl[i].cb(flags)}}},lookupPath(path,opts={}){if(!path){throw new FS.ErrnoError(44)}opts.follow_mount??=true;if(!PATH.isAbs(path)){path=FS.cwd()+"/"+path}linkloop:for(var nlinks=0;nlinks<40;nlinks++){var parts=path.split("/").filter(p=>!!p);var current=FS.root;var current_path="/";for(var i=0;i<parts.length;i++){var islast=i===parts.length-1;if(islast&&opts.parent){break}if(parts[i]==="."){continue}if(parts[i]===".."){current_path=PATH.dirname(current_path);if(FS.isRoot(current)){path=current_path+"/"+parts.slice(i+1).join("/");nlinks--;continue linkloop}else{current=current.parent}continue}current_path=PATH.join2(current_path,parts[i]);try{current=FS.lookupNode(current,parts[i])}catch(e){if(e?.errno===44&&islast&&opts.noent_okay){return{path:current_path}}throw e}if(FS.isMountpoint(current)&&(!islast||opts.follow_mount)){current=current.mounted.root}if(FS.isLink(current.mode)&&(!islast||opts.follow)){if(!current.node_ops.readlink){throw new FS.ErrnoError(52)}var link=current.node_ops.readlink(current);if(!PATH.isAbs(link)){link=PATH.dirname(current_path)+"/"+link}path=link+"/"+parts.slice(i+1).join("/");continue linkloop}}return{path:current_path,node:current}}throw new FS.ErrnoError(32)},getPath(node){var path;while(true){if(FS.isRoot(node)){var mount=node.mount.mountpoint;if(!path)return mount;return mount[mount.length-1]!=="/"?`${mount}/${path}`:mount+path}path=path?`${node.name}/${path}`:node.name;node=node.parent}},hashName(parentid,name){var hash=0;for(var i=0;i<name.length;i++){hash=(hash<<5)-hash+name.charCodeAt(i)|0}return(parentid+hash>>>0)%FS.nameTable.length},hashAddNode(node){var hash=FS.hashName(node.parent.id,node.name);node.name_next=FS.nameTable[hash];FS.nameTable[hash]=node},hashRemoveNode(node){var hash=FS.hashName(node.parent.id,node.name);if(FS.nameTable[hash]===node){FS.nameTable[hash]=node.name_next}else{var current=FS.nameTable[hash];while(current){if(current.name_next===node){current.name_next=node.name_next;break}current=current.name_next}}},lookupNode(parent,name){var errCode=FS.mayLookup(parent);if(errCode){throw new FS.ErrnoError(errCode)}var hash=FS.hashName(parent.id,name);for(var node=FS.nameTable[hash];node;node=node.name_next){var nodeName=node.name;if(node.parent.id===parent.id&&nodeName===name){return node}}return FS.lookup(parent,name)},createNode(parent,name,mode,rdev){var node=new FS.FSNode(parent,name,mode,rdev);FS.hashAddNode(node);return node},destroyNode(node){FS.hashRemoveNode(node)},isRoot(node){return node===node.parent},isMountpoint(node){return!!node.mounted},isFile(mode){return(mode&61440)===32768},isDir(mode){return(mode&61440)===16384},isLink(mode){return(mode&61440)===40960},isChrdev(mode){return(mode&61440)===8192},isBlkdev(mode){return(mode&61440)===24576},isFIFO(mode){return(mode&61440)===4096},isSocket(mode){return(mode&49152)===49152},flagsToPermissionString(flag){var perms=["r","w","rw"][flag&3];if(flag&512){perms+="w"}return perms},nodePermissions(node,perms){if(FS.ignorePermissions){return 0}if(perms.includes("r")&&!(node.mode&292)){return 2}if(perms.includes("w")&&!(node.mode&146)){return 2}if(perms.includes("x")&&!(node.mode&73)){return 2}return 0},mayLookup(dir){if(!FS.isDir(dir.mode))return 54;var errCode=FS.nodePermissions(dir,"x");if(errCode)return errCode;if(!dir.node_ops.lookup)return 2;return 0},mayCreate(dir,name){if(!FS.isDir(dir.mode)){return 54}try{var node=FS.lookupNode(dir,name);return 20}catch(e){}return FS.nodePermissions(dir,"wx")},mayDelete(dir,name,isdir){var node;try{node=FS.lookupNode(dir,name)}catch(e){return e.errno}var errCode=FS.nodePermissions(dir,"wx");if(errCode){return errCode}if(isdir){if(!FS.isDir(node.mode)){return 54}if(FS.isRoot(node)||FS.getPath(node)===FS.cwd()){return 10}}else if(FS.isDir(node.mode)){return 31}return 0},mayOpen(node,flags){if(!node){return 44}if(FS.isLink(node.mode)){return 32}var mode=FS.flagsToPermissionString(flags);if(FS.isDir(node.mode)){if(mode!=="r"||flags&(512|64)){return 31}}return FS.nodePermissions(node,mode)},checkOpExists(op,err){if(!op){throw new FS.ErrnoError(err)}return op},MAX_OPEN_FDS:4096,nextfd(){for(var fd=0;fd<=FS.MAX_OPEN_FDS;fd++){if(!FS.streams[fd]){return fd}}throw new FS.ErrnoError(33)},getStreamChecked(fd){var stream=FS.getStream(fd);if(!stream){throw new FS.ErrnoError(8)}return stream},getStream:fd=>FS.streams[fd],createStream(stream,fd=-1){stream=Object.assign(new FS.FSStream,stream);if(fd==-1){fd=FS.nextfd()}stream.fd=fd;FS.streams[fd]=stream;return stream},closeStream(fd){FS.streams[fd]=null},dupStream(origStream,fd=-1){var stream=FS.createStream(origStream,fd);stream.stream_ops?.dup?.(stream);return stream},doSetAttr(stream,node,attr){var setattr=stream?.stream_ops.setattr;var arg=setattr?stream:node;setattr??=node.node_ops.setattr;FS.checkOpExists(setattr,63);try{setattr(arg,attr)}catch(e){if(e instanceof RangeError){throw new FS.ErrnoError(22)}throw e}},chrdev_stream_ops:{open(stream){var device=FS.getDevice(stream.node.rdev);stream.stream_ops=device.stream_ops;stream.stream_ops.open?.(stream)},llseek(){throw new FS.ErrnoError(70)}},major:dev=>dev>>8,minor:dev=>dev&255,makedev:(ma,mi)=>ma<<8|mi,registerDevice(dev,ops){FS.devices[dev]={stream_ops:ops}},getDevice:dev=>FS.devices[dev],getMounts(mount){var mounts=[];var check=[mount];while(check.length){var m=check.pop();mounts.push(m);check.push(...m.mounts)}return mounts},syncfs(populate,callback){if(typeof populate=="function"){callback=populate;populate=false}FS.syncFSRequests++;if(FS.syncFSRequests>1){err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`)}var mounts=FS.getMounts(FS.root.mount);var completed=0;function doCallback(errCode){FS.syncFSRequests--;return callback(errCode)}function done(errCode){if(errCode){if(!done.errored){done.errored=true;return doCallback(errCode)}return}if(++completed>=mounts.length){doCallback(null)}}for(var mount of mounts){if(mount.type.syncfs){mount.type.syncfs(mount,populate,done)}else{done(null)}}},mount(type,opts,mountpoint){var root=mountpoint==="/";var pseudo=!mountpoint;var node;if(root&&FS.root){throw new FS.ErrnoError(10)}else if(!root&&!pseudo){var lookup=FS.lookupPath(mountpoint,{follow_mount:false});mountpoint=lookup.path;node=lookup.node;if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}if(!FS.isDir(node.mode)){throw new FS.ErrnoError(54)}}var mount={type,opts,mountpoint,mounts:[]};var mountRoot=type.mount(mount);mountRoot.mount=mount;mount.root=mountRoot;if(root){FS.root=mountRoot}else if(node){node.mounted=mount;if(node.mount){node.mount.mounts.push(mount)}}return mountRoot},unmount(mountpoint){var lookup=FS.lookupPath(mountpoint,{follow_mount:false});if(!FS.isMountpoint(lookup.node)){throw new FS.ErrnoError(28)}var node=lookup.node;var mount=node.mounted;var mounts=FS.getMounts(mount);for(var[hash,current]of Object.entries(FS.nameTable)){while(current){var next=current.name_next;if(mounts.includes(current.mount)){FS.destroyNode(current)}current=next}}node.mounted=null;var idx=node.mount.mounts.indexOf(mount);node.mount.mounts.splice(idx,1)},lookup(parent,name){return parent.node_ops.lookup(parent,name)},mknod(path,mode,dev){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;var name=PATH.basename(path);if(!name){throw new FS.ErrnoError(28)}if(name==="."||name===".."){throw new FS.ErrnoError(20)}var errCode=FS.mayCreate(parent,name);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.mknod){throw new FS.ErrnoError(63)}return parent.node_ops.mknod(parent,name,mode,dev)},statfs(path){return FS.statfsNode(FS.lookupPath(path,{follow:true}).node)},statfsStream(stream){return FS.statfsNode(stream.node)},statfsNode(node){var rtn={bsize:4096,frsize:4096,blocks:1e6,bfree:5e5,bavail:5e5,files:FS.nextInode,ffree:FS.nextInode-1,fsid:42,flags:2,namelen:255};if(node.node_ops.statfs){Object.assign(rtn,node.node_ops.statfs(node.mount.opts.root))}return rtn},create(path,mode=438){mode&=4095;mode|=32768;return FS.mknod(path,mode,0)},mkdir(path,mode=511){mode&=511|512;mode|=16384;return FS.mknod(path,mode,0)},mkdirTree(path,mode){var dirs=path.split("/");var d="";for(var dir of dirs){if(!dir)continue;if(d||PATH.isAbs(path))d+="/";d+=dir;try{FS.mkdir(d,mode)}catch(e){if(e.errno!=20)throw e}}},mkdev(path,mode,dev){if(typeof dev=="undefined"){dev=mode;mode=438}mode|=8192;return FS.mknod(path,mode,dev)},symlink(oldpath,newpath){if(!PATH_FS.resolve(oldpath)){throw new FS.ErrnoError(44)}var lookup=FS.lookupPath(newpath,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var newname=PATH.basename(newpath);var errCode=FS.mayCreate(parent,newname);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.symlink){throw new FS.ErrnoError(63)}return parent.node_ops.symlink(parent,newname,oldpath)},link(oldpath,newpath,flags){var lookup=FS.lookupPath(newpath,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var newname=PATH.basename(newpath);var errCode=FS.mayCreate(parent,newname);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.link){throw new FS.ErrnoError(34)}return parent.node_ops.link(parent,newname,oldpath,flags)},rename(old_path,new_path){var old_dirname=PATH.dirname(old_path);var new_dirname=PATH.dirname(new_path);var old_name=PATH.basename(old_path);var new_name=PATH.basename(new_path);var lookup,old_dir,new_dir;lookup=FS.lookupPath(old_path,{parent:true});old_dir=lookup.node;lookup=FS.lookupPath(new_path,{parent:true});new_dir=lookup.node;if(!old_dir||!new_dir)throw new FS.ErrnoError(44);if(old_dir.mount!==new_dir.mount){throw new FS.ErrnoError(75)}var old_node=FS.lookupNode(old_dir,old_name);var relative=PATH_FS.relative(old_path,new_dirname);if(relative.charAt(0)!=="."){throw new FS.ErrnoError(28)}relative=PATH_FS.relative(new_path,old_dirname);if(relative.charAt(0)!=="."){throw new FS.ErrnoError(55)}var new_node;try{new_node=FS.lookupNode(new_dir,new_name)}catch(e){}if(old_node===new_node){return}var isdir=FS.isDir(old_node.mode);var errCode=FS.mayDelete(old_dir,old_name,isdir);if(errCode){throw new FS.ErrnoError(errCode)}errCode=new_node?FS.mayDelete(new_dir,new_name,isdir):FS.mayCreate(new_dir,new_name);if(errCode){throw new FS.ErrnoError(errCode)}if(!old_dir.node_ops.rename){throw new FS.ErrnoError(63)}if(FS.isMountpoint(old_node)||new_node&&FS.isMountpoint(new_node)){throw new FS.ErrnoError(10)}if(new_dir!==old_dir){errCode=FS.nodePermissions(old_dir,"w");if(errCode){throw new FS.ErrnoError(errCode)}}FS.hashRemoveNode(old_node);try{old_dir.node_ops.rename(old_node,new_dir,new_name);old_node.parent=new_dir}catch(e){throw e}finally{FS.hashAddNode(old_node)}},rmdir(path){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;var name=PATH.basename(path);var node=FS.lookupNode(parent,name);var errCode=FS.mayDelete(parent,name,true);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.rmdir){throw new FS.ErrnoError(63)}if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}parent.node_ops.rmdir(parent,name);FS.destroyNode(node)},readdir(path){var lookup=FS.lookupPath(path,{follow:true});var node=lookup.node;var readdir=FS.checkOpExists(node.node_ops.readdir,54);return readdir(node)},unlink(path){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var name=PATH.basename(path);var node=FS.lookupNode(parent,name);var errCode=FS.mayDelete(parent,name,false);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.unlink){throw new FS.ErrnoError(63)}if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}parent.node_ops.unlink(parent,name);FS.destroyNode(node)},readlink(path){var lookup=FS.lookupPath(path);var link=lookup.node;if(!link){throw new FS.ErrnoError(44)}if(!link.node_ops.readlink){throw new FS.ErrnoError(28)}return link.node_ops.readlink(link)},stat(path,dontFollow){var lookup=FS.lookupPath(path,{follow:!dontFollow});var node=lookup.node;var getattr=FS.checkOpExists(node.node_ops.getattr,63);return getattr(node)},fstat(fd){var stream=FS.getStreamChecked(fd);var node=stream.node;var getattr=stream.stream_ops.getattr;var arg=getattr?stream:node;getattr??=node.node_ops.getattr;FS.checkOpExists(getattr,63);return getattr(arg)},lstat(path){return FS.stat(path,true)},doChmod(stream,node,mode,dontFollow){FS.doSetAttr(stream,node,{mode:mode&4095|node.mode&~4095,ctime:Date.now(),dontFollow})},chmod(path,mode,dontFollow){var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:!dontFollow});node=lookup.node}else{node=path}FS.doChmod(null,node,mode,dontFollow)},lchmod(path,mode){FS.chmod(path,mode,true)},fchmod(fd,mode){var stream=FS.getStreamChecked(fd);FS.doChmod(stream,stream.node,mode,false)},doChown(stream,node,dontFollow){FS.doSetAttr(stream,node,{timestamp:Date.now(),dontFollow})},chown(path,uid,gid,dontFollow){var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:!dontFollow});node=lookup.node}else{node=path}FS.doChown(null,node,dontFollow)},lchown(path,uid,gid){FS.chown(path,uid,gid,true)},fchown(fd,uid,gid){var stream=FS.getStreamChecked(fd);FS.doChown(stream,stream.node,false)},doTruncate(stream,node,len){if(FS.isDir(node.mode)){throw new FS.ErrnoError(31)}if(!FS.isFile(node.mode)){throw new FS.ErrnoError(28)}var errCode=FS.nodePermissions(node,"w");if(errCode){throw new FS.ErrnoError(errCode)}FS.doSetAttr(stream,node,{size:len,timestamp:Date.now()})},truncate(path,len){if(len<0){throw new FS.ErrnoError(28)}var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:true});node=lookup.node}else{node=path}FS.doTruncate(null,node,len)},ftruncate(fd,len){var stream=FS.getStreamChecked(fd);if(len<0||(stream.flags&2097155)===0){throw new FS.ErrnoError(28)}FS.doTruncate(stream,stream.node,len)},utime(path,atime,mtime,dontFollow){var lookup=FS.lookupPath(path,{follow:!dontFollow});FS.doSetAttr(null,lookup.node,{atime,mtime,dontFollow})},open(path,flags,mode=438){if(path===""){throw new FS.ErrnoError(44)}flags=FS_modeStringToFlags(flags);if(flags&64){mode=mode&4095|32768}else{mode=0}var node;var isDirPath;if(typeof path=="object"){node=path}else{isDirPath=path.endsWith("/");var lookup=FS.lookupPath(path,{follow:!(flags&131072),noent_okay:true});node=lookup.node;path=lookup.path}var created=false;if(flags&64){if(node){if(flags&128){throw new FS.ErrnoError(20)}}else if(isDirPath){throw new FS.ErrnoError(31)}else{node=FS.mknod(path,mode|511,0);created=true}}if(!node){throw new FS.ErrnoError(44)}if(FS.isChrdev(node.mode)){flags&=~512}if(flags&65536&&!FS.isDir(node.mode)){throw new FS.ErrnoError(54)}if(!created){var errCode=FS.mayOpen(node,flags);if(errCode){throw new FS.ErrnoError(errCode)}}if(flags&512&&!created){FS.truncate(node,0)}flags&=~(128|512|131072);var stream=FS.createStream({node,path:FS.getPath(node),flags,seekable:true,position:0,stream_ops:node.stream_ops,ungotten:[],error:false});if(stream.stream_ops.open){stream.stream_ops.open(stream)}if(created){FS.chmod(node,mode&511)}return stream},close(stream){if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if(stream.getdents)stream.getdents=null;stream.node?.notifyListeners(32);try{if(stream.stream_ops.close){stream.stream_ops.close(stream)}}catch(e){throw e}finally{FS.closeStream(stream.fd)}stream.fd=null},isClosed(stream){return stream.fd===null},llseek(stream,offset,whence){if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if(!stream.seekable||!stream.stream_ops.llseek){throw new FS.ErrnoError(70)}if(whence!=0&&whence!=1&&whence!=2){throw new FS.ErrnoError(28)}stream.position=stream.stream_ops.llseek(stream,offset,whence);stream.ungotten=[];return stream.position},read(stream,buffer,offset,length,position){if(length<0||position<0){throw new FS.ErrnoError(28)}if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if((stream.flags&2097155)===1){throw new FS.ErrnoError(8)}if(FS.isDir(stream.node.mode)){throw new FS.ErrnoError(31)}if(!stream.stream_ops.read){throw new FS.ErrnoError(28)}var seeking=typeof position!="undefined";if(!seeking){position=stream.position}else if(!stream.seekable){throw new FS.ErrnoError(70)}var bytesRead=stream.stream_ops.read(stream,buffer,offset,length,position);if(!seeking)stream.position+=bytesRead;return bytesRead},write(stream,buffer,offset,length,position,canOwn){if(length<0||position<0){throw new FS.ErrnoError(28)}if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if((stream.flags&2097155)===0){throw new FS.ErrnoError(8)}if(FS.isDir(stream.node.mode)){throw new FS.ErrnoError(31)}if(!stream.stream_ops.write){throw new FS.ErrnoError(28)}if(stream.seekable&&stream.flags&1024){FS.llseek(stream,0,2)}var seeking=typeof position!="undefined";if(!seeking){position=stream.position}else if(!stream.seekable){throw new FS.ErrnoError(70)}var bytesWritten=stream.stream_ops.write(stream,buffer,offset,length,position,canOwn);if(!seeking)stream.position+=bytesWritten;return bytesWritten},mmap(stream,length,position,prot,flags){if((prot&2)!==0&&(flags&2)===0&&(stream.flags&2097155)!==2){throw new FS.ErrnoError(2)}if((stream.flags&2097155)===1){throw new FS.ErrnoError(2)}if(!stream.stream_ops.mmap){throw new FS.ErrnoError(43)}if(!length){throw new FS.ErrnoError(28)}return stream.stream_ops.mmap(stream,length,position,prot,flags)},msync(stream,buffer,offset,length,mmapFlags){if(!stream.stream_ops.msync){return 0}return stream.stream_ops.msync(stream,buffer,offset,length,mmapFlags)},ioctl(stream,cmd,arg){if(!stream.stream_ops.ioctl){throw new FS.ErrnoError(59)}return stream.stream_ops.ioctl(stream,cmd,arg)},readFile(path,opts={}){opts.flags=opts.flags??0;opts.encoding=opts.encoding??"binary";if(opts.encoding!=="utf8"&&opts.encoding!=="binary"){abort(`Invalid encoding type "${opts.encoding}"`)}var stream=FS.open(path,opts.flags);var stat=FS.stat(path);var length=stat.size;var buf=new Uint8Array(length);FS.read(stream,buf,0,length,0);if(opts.encoding==="utf8"){buf=UTF8ArrayToString(buf)}FS.close(stream);return buf},writeFile(path,data,opts={}){opts.flags=opts.flags??577;var stream=FS.open(path,opts.flags,opts.mode);data=FS_fileDataToTypedArray(data);FS.write(stream,data,0,data.byteLength,undefined,opts.canOwn);FS.close(stream)},cwd:()=>FS.currentPath,chdir(path){var lookup=FS.lookupPath(path,{follow:true});if(lookup.node===null){throw new FS.ErrnoError(44)}if(!FS.isDir(lookup.node.mode)){throw new FS.ErrnoError(54)}var errCode=FS.nodePermissions(lookup.node,"x");if(errCode){throw new FS.ErrnoError(errCode)}FS.currentPath=lookup.path},createDefaultDirectories(){FS.mkdir("/tmp");FS.mkdir("/home");FS.mkdir("/home/web_user")},createDefaultDevices(){FS.mkdir("/dev");FS.registerDevice(FS.makedev(1,3),{read:()=>0,write:(stream,buffer,offset,length,pos)=>length,llseek:()=>0});FS.mkdev("/dev/null",FS.makedev(1,3));TTY.register(FS.makedev(5,0),TTY.default_tty_ops);TTY.register(FS.makedev(6,0),TTY.default_tty1_ops);FS.mkdev("/dev/tty",FS.makedev(5,0));FS.mkdev("/dev/tty1",FS.makedev(6,0));var randomBuffer=new Uint8Array(1024),randomLeft=0;var randomByte=()=>{if(randomLeft===0){randomFill(randomBuffer);randomLeft=randomBuffer.byteLength}return randomBuffer[--randomLeft]};FS.createDevice("/dev","random",randomByte);FS.createDevice("/dev","urandom",randomByte);FS.mkdir("/dev/shm");FS.mkdir("/dev/shm/tmp")},createSpecialDirectories(){FS.mkdir("/proc");var proc_self=FS.mkdir("/proc/self");FS.mkdir("/proc/self/fd");FS.mount({mount(){var node=FS.createNode(proc_self,"fd",16895,73);node.stream_ops={llseek:MEMFS.stream_ops.llseek};node.node_ops={lookup(parent,name){var fd=+name;var stream=FS.getStreamChecked(fd);var ret={parent:null,mount:{mountpoint:"fake"},node_ops:{readlink:()=>stream.path},id:fd+1};ret.parent=ret;return ret},readdir(){return Array.from(FS.streams.entries()).filter(([k,v])=>v).map(([k,v])=>k.toString())}};return node}},{},"/proc/self/fd")},createStandardStreams(input,output,error){if(input){FS.createDevice("/dev","stdin",input)}else{FS.symlink("/dev/tty","/dev/stdin")}if(output){FS.createDevice("/dev","stdout",null,output)}else{FS.symlink("/dev/tty","/dev/stdout")}if(error){FS.createDevice("/dev","stderr",null,error)}else{FS.symlink("/dev/tty1","/dev/stderr")}var stdin=FS.open("/dev/stdin",0);var stdout=FS.open("/dev/stdout",1);var stderr=FS.open("/dev/stderr",1)},staticInit(){FS.nameTable=new Array(4096);FS.mount(MEMFS,{},"/");FS.createDefaultDirectories();FS.createDefaultDevices();FS.createSpecialDirectories();FS.filesystems={MEMFS}},init(input,output,error){FS.initialized=true;input??=Module["stdin"];output??=Module["stdout"];error??=Module["stderr"];FS.createStandardStreams(input,output,error)},quit(){FS.initialized=false;for(var stream of FS.streams){if(stream){FS.close(stream)}}},findObject(path,dontResolveLastLink){var ret=FS.analyzePath(path,dontResolveLastLink);if(!ret.exists){return null}return ret.object},analyzePath(path,dontResolveLastLink){try{var lookup=FS.lookupPath(path,{follow:!dontResolveLastLink});path=lookup.path}catch(e){}var ret={isRoot:false,exists:false,error:0,name:null,path:null,object:null,parentExists:false,parentPath:null,parentObject:null};try{var lookup=FS.lookupPath(path,{parent:true});ret.parentExists=true;ret.parentPath=lookup.path;ret.parentObject=lookup.node;ret.name=PATH.basename(path);lookup=FS.lookupPath(path,{follow:!dontResolveLastLink});ret.exists=true;ret.path=lookup.path;ret.object=lookup.node;ret.name=lookup.node.name;ret.isRoot=lookup.path==="/"}catch(e){ret.error=e.errno}return ret},createPath(parent,path,canRead,canWrite){parent=typeof parent=="string"?parent:FS.getPath(parent);var parts=path.split("/").reverse();while(parts.length){var part=parts.pop();if(!part)continue;var current=PATH.join2(parent,part);try{FS.mkdir(current)}catch(e){if(e.errno!=20)throw e}parent=current}return current},createFile(parent,name,properties,canRead,canWrite){var path=PATH.join2(typeof parent=="string"?parent:FS.getPath(parent),name);var mode=FS_getMode(canRead,canWrite);return FS.create(path,mode)},createDataFile(parent,name,data,canRead,canWrite,canOwn){var path=name;if(parent){parent=typeof parent=="string"?parent:FS.getPath(parent);path=name?PATH.join2(parent,name):parent}var mode=FS_getMode(canRead,canWrite);var node=FS.create(path,mode);if(data){data=FS_fileDataToTypedArray(data);FS.chmod(node,mode|146);var stream=FS.open(node,577);FS.write(stream,data,0,data.length,0,canOwn);FS.close(stream);FS.chmod(node,mode)}},createDevice(parent,name,input,output){var path=PATH.join2(typeof parent=="string"?parent:FS.getPath(parent),name);var mode=FS_getMode(!!input,!!output);FS.createDevice.major??=64;var dev=FS.makedev(FS.createDevice.major++,0);FS.registerDevice(dev,{open(stream){stream.seekable=false},close(stream){if(output?.buffer?.length){output(10)}},read(stream,buffer,offset,length,pos){var bytesRead=0;for(var i=0;i<length;i++){var result;try{result=input()}catch(e){throw new FS.ErrnoError(29)}if(result===undefined&&bytesRead===0){throw new FS.ErrnoError(6)}if(result===null||result===undefined)break;bytesRead++;buffer[offset+i]=result}if(bytesRead){stream.node.atime=Date.now()}return bytesRead},write(stream,buffer,offset,length,pos){for(var i=0;i<length;i++){try{output(buffer[offset+i])}catch(e){throw new FS.ErrnoError(29)}}if(length){stream.node.mtime=stream.node.ctime=Date.now()}return i}});return FS.mkdev(path,mode,dev)},forceLoadFile(obj){if(obj.isDevice||obj.isFolder||obj.link||obj.contents)return true;if(globalThis.XMLHttpRequest){abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.")}else{try{obj.contents=readBinary(obj.url)}catch(e){throw new FS.ErrnoError(29)}}},createLazyFile(parent,name,url,canRead,canWrite){class LazyUint8Array{lengthKnown=false;chunks=[];get(idx){if(idx>this.length-1||idx<0){return undefined}var chunkOffset=idx%this.chunkSize;var chunkNum=idx/this.chunkSize|0;return this.getter(chunkNum)[chunkOffset]}setDataGetter(getter){this.getter=getter}cacheLength(){var xhr=new XMLHttpRequest;xhr.open("HEAD",url,false);xhr.send(null);if(!(xhr.status>=200&&xhr.status<300||xhr.status===304))abort("Couldn't load "+url+". Status: "+xhr.status);var datalength=Number(xhr.getResponseHeader("Content-length"));var header;var hasByteServing=(header=xhr.getResponseHeader("Accept-Ranges"))&&header==="bytes";var usesGzip=(header=xhr.getResponseHeader("Content-Encoding"))&&header==="gzip";var chunkSize=1024*1024;if(!hasByteServing)chunkSize=datalength;var doXHR=(from,to)=>{if(from>to)abort(`invalid range (${from}, ${to}) or no bytes requested!`);if(to>datalength-1)abort(`only ${datalength} bytes available! programmer error!`);var xhr=new XMLHttpRequest;xhr.open("GET",url,false);if(datalength!==chunkSize)xhr.setRequestHeader("Range","bytes="+from+"-"+to);xhr.responseType="arraybuffer";if(xhr.overrideMimeType){xhr.overrideMimeType("text/plain; charset=x-user-defined")}xhr.send(null);if(!(xhr.status>=200&&xhr.status<300||xhr.status===304))abort("Couldn't load "+url+". Status: "+xhr.status);if(xhr.response!==undefined){return new Uint8Array(xhr.response||[])}return intArrayFromString(xhr.responseText??"",true)};var lazyArray=this;lazyArray.setDataGetter(chunkNum=>{var start=chunkNum*chunkSize;var end=(chunkNum+1)*chunkSize-1;end=Math.min(end,datalength-1);if(typeof lazyArray.chunks[chunkNum]=="undefined"){lazyArray.chunks[chunkNum]=doXHR(start,end)}if(typeof lazyArray.chunks[chunkNum]=="undefined")abort("doXHR failed!");return lazyArray.chunks[chunkNum]});if(usesGzip||!datalength){chunkSize=datalength=1;datalength=this.getter(0).length;chunkSize=datalength;out("LazyFiles on gzip forces download of the whole file when length is accessed")}this._length=datalength;this._chunkSize=chunkSize;this.lengthKnown=true}get length(){if(!this.lengthKnown){this.cacheLength()}return this._length}get chunkSize(){if(!this.lengthKnown){this.cacheLength()}return this._chunkSize}}if(globalThis.XMLHttpRequest){if(!ENVIRONMENT_IS_WORKER)abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");var lazyArray=new LazyUint8Array;var properties={isDevice:false,contents:lazyArray}}else{var properties={isDevice:false,url}}var node=FS.createFile(parent,name,properties,canRead,canWrite);if(properties.contents){node.contents=properties.contents}else if(properties.url){node.contents=null;node.url=properties.url}Object.defineProperties(node,{usedBytes:{get:function(){return this.contents.length}}});var stream_ops={};for(const[key,fn]of Object.entries(node.stream_ops)){stream_ops[key]=(...args)=>{FS.forceLoadFile(node);return fn(...args)}}function writeChunks(stream,buffer,offset,length,position){var contents=stream.node.contents;if(position>=contents.length)return 0;var size=Math.min(contents.length-position,length);if(contents.slice){for(var i=0;i<size;i++){buffer[offset+i]=contents[position+i]}}else{for(var i=0;i<size;i++){buffer[offset+i]=contents.get(position+i)}}return size}stream_ops.read=(stream,buffer,offset,length,position)=>{FS.forceLoadFile(node);return writeChunks(stream,buffer,offset,length,position)};stream_ops.mmap=(stream,length,position,prot,flags)=>{FS.forceLoadFile(node);var ptr=mmapAlloc(length);if(!ptr){throw new FS.ErrnoError(48)}writeChunks(stream,HEAP8,ptr,length,position);return{ptr,allocated:true}};node.stream_ops=stream_ops;return node}};var SYSCALLS={currentUmask:18,calculateAt(dirfd,path,allowEmpty){if(PATH.isAbs(path)){return path}var dir;if(dirfd===-100){dir=FS.cwd()}else{var dirstream=SYSCALLS.getStreamFromFD(dirfd);dir=dirstream.path}if(path.length==0){if(!allowEmpty){throw new FS.ErrnoError(44)}return dir}return dir+"/"+path},writeStat(buf,stat){HEAPU32[buf>>2]=stat.dev;HEAPU32[buf+4>>2]=stat.mode;HEAPU32[buf+8>>2]=stat.nlink;HEAPU32[buf+12>>2]=stat.uid;HEAPU32[buf+16>>2]=stat.gid;HEAPU32[buf+20>>2]=stat.rdev;HEAP64[buf+24>>3]=BigInt(stat.size);HEAP32[buf+32>>2]=4096;HEAP32[buf+36>>2]=stat.blocks;var atime=stat.atime.getTime();var mtime=stat.mtime.getTime();var ctime=stat.ctime.getTime();HEAP64[buf+40>>3]=BigInt(Math.floor(atime/1e3));HEAPU32[buf+48>>2]=atime%1e3*1e3*1e3;HEAP64[buf+56>>3]=BigInt(Math.floor(mtime/1e3));HEAPU32[buf+64>>2]=mtime%1e3*1e3*1e3;HEAP64[buf+72>>3]=BigInt(Math.floor(ctime/1e3));HEAPU32[buf+80>>2]=ctime%1e3*1e3*1e3;HEAP64[buf+88>>3]=BigInt(stat.ino);return 0},writeStatFs(buf,stats){HEAPU32[buf+4>>2]=stats.bsize;HEAPU32[buf+60>>2]=stats.bsize;HEAP64[buf+8>>3]=BigInt(stats.blocks);HEAP64[buf+16>>3]=BigInt(stats.bfree);HEAP64[buf+24>>3]=BigInt(stats.bavail);HEAP64[buf+32>>3]=BigInt(stats.files);HEAP64[buf+40>>3]=BigInt(stats.ffree);HEAPU32[buf+48>>2]=stats.fsid;HEAPU32[buf+64>>2]=stats.flags;HEAPU32[buf+56>>2]=stats.namelen},doMsync(addr,stream,len,flags,offset){if(!FS.isFile(stream.node.mode)){throw new FS.ErrnoError(43)}if(flags&2){return 0}var buffer=HEAPU8.subarray(addr,addr+len);FS.msync(stream,buffer,offset,len,flags)},getStreamFromFD(fd){var stream=FS.getStreamChecked(fd);return stream},varargs:undefined,getStr(ptr){var ret=UTF8ToString(ptr);return ret}};function _fd_close(fd){try{var stream=SYSCALLS.getStreamFromFD(fd);FS.close(stream);return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var doReadv=(stream,iov,iovcnt,offset)=>{var ret=0;for(var i=0;i<iovcnt;i++){var ptr=HEAPU32[iov>>2];var len=HEAPU32[iov+4>>2];iov+=8;try{var curr=FS.read(stream,HEAP8,ptr,len,offset)}catch(e){if(ret>0&&e instanceof FS.ErrnoError&&(e.errno==6||e.errno==6)){break}throw e}if(curr<0)return-1;ret+=curr;if(curr<len)break;if(typeof offset!="undefined"){offset+=curr}}return ret};function _fd_read(fd,iov,iovcnt,pnum){try{var stream=SYSCALLS.getStreamFromFD(fd);var num=doReadv(stream,iov,iovcnt);HEAPU32[pnum>>2]=num;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var INT53_MAX=9007199254740992;var INT53_MIN=-9007199254740992;var bigintToI53Checked=num=>num<INT53_MIN||num>INT53_MAX?NaN:Number(num);function _fd_seek(fd,offset,whence,newOffset){offset=bigintToI53Checked(offset);try{if(isNaN(offset))return 22;var stream=SYSCALLS.getStreamFromFD(fd);FS.llseek(stream,offset,whence);HEAP64[newOffset>>3]=BigInt(stream.position);if(stream.getdents&&offset===0&&whence===0)stream.getdents=null;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var doWritev=(stream,iov,iovcnt,offset)=>{if(iovcnt==1){return FS.write(stream,HEAP8,HEAPU32[iov>>2],HEAPU32[iov+4>>2],offset)}var total=0;for(var i=0,p=iov;i<iovcnt;i++,p+=8){total+=HEAPU32[p+4>>2]}var view=new Uint8Array(total);var voff=0;for(var i=0;i<iovcnt;i++,iov+=8){var ptr=HEAPU32[iov>>2];var len=HEAPU32[iov+4>>2];view.set(HEAPU8.subarray(ptr,ptr+len),voff);voff+=len}return FS.write(stream,view,0,total,offset)};function _fd_write(fd,iov,iovcnt,pnum){try{var stream=SYSCALLS.getStreamFromFD(fd);var num=doWritev(stream,iov,iovcnt);HEAPU32[pnum>>2]=num;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var wasmTableMirror=[];var getWasmTableEntry=funcPtr=>{var func=wasmTableMirror[funcPtr];if(!func){wasmTableMirror[funcPtr]=func=wasmTable.get(funcPtr)}return func};var stringToUTF8=(str,outPtr,maxBytesToWrite)=>stringToUTF8Array(str,HEAPU8,outPtr,maxBytesToWrite);FS.createPreloadedFile=FS_createPreloadedFile;FS.preloadFile=FS_preloadFile;FS.staticInit();{if(Module["noExitRuntime"])noExitRuntime=Module["noExitRuntime"];if(Module["print"])out=Module["print"];if(Module["printErr"])err=Module["printErr"];if(Module["arguments"])programArgs=Module["arguments"];if(Module["thisProgram"])thisProgram=Module["thisProgram"];var preInit=Module["preInit"];if(preInit){if(typeof preInit=="function")Module["preInit"]=preInit=[preInit];while(preInit.length>0){preInit.shift()()}}}Module["getValue"]=getValue;Module["UTF8ToString"]=UTF8ToString;Module["stringToUTF8"]=stringToUTF8;Module["lengthBytesUTF8"]=lengthBytesUTF8;var _wasm_parse_query,_malloc,_free,_wasm_parse_query_raw,_wasm_free_parse_result,_wasm_parse_plpgsql,_wasm_fingerprint,_wasm_normalize_query,_wasm_parse_query_detailed,_wasm_free_detailed_result,_wasm_scan,_wasm_free_string,__emscripten_timeout,_setThrew,__emscripten_stack_restore,_emscripten_stack_get_current,memory,__indirect_function_table,wasmMemory,wasmTable;function assignWasmExports(wasmExports){_wasm_parse_query=Module["_wasm_parse_query"]=wasmExports["B"];_malloc=Module["_malloc"]=wasmExports["C"];_free=Module["_free"]=wasmExports["E"];_wasm_parse_query_raw=Module["_wasm_parse_query_raw"]=wasmExports["F"];_wasm_free_parse_result=Module["_wasm_free_parse_result"]=wasmExports["G"];_wasm_parse_plpgsql=Module["_wasm_parse_plpgsql"]=wasmExports["H"];_wasm_fingerprint=Module["_wasm_fingerprint"]=wasmExports["I"];_wasm_normalize_query=Module["_wasm_normalize_query"]=wasmExports["J"];_wasm_parse_query_detailed=Module["_wasm_parse_query_detailed"]=wasmExports["K"];_wasm_free_detailed_result=Module["_wasm_free_detailed_result"]=wasmExports["L"];_wasm_scan=Module["_wasm_scan"]=wasmExports["M"];_wasm_free_string=Module["_wasm_free_string"]=wasmExports["N"];__emscripten_timeout=wasmExports["O"];_setThrew=wasmExports["P"];__emscripten_stack_restore=wasmExports["Q"];_emscripten_stack_get_current=wasmExports["R"];memory=wasmMemory=wasmExports["z"];__indirect_function_table=wasmTable=wasmExports["D"]}var wasmImports={c:___assert_fail,x:__abort_js,w:__emscripten_runtime_keepalive_clear,p:__emscripten_throw_longjmp,o:__setitimer_js,q:_emscripten_resize_heap,m:_exit,u:_fd_close,r:_fd_read,s:_fd_seek,t:_fd_write,g:invoke_i,b:invoke_ii,a:invoke_iii,d:invoke_iiii,k:invoke_iiiii,l:invoke_ji,e:invoke_v,f:invoke_vi,h:invoke_vii,j:invoke_viii,i:invoke_viiii,y:invoke_viiiii,n:invoke_viiiiiiiiiiiii,v:_proc_exit};function invoke_iii(index,a1,a2){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_ii(index,a1){var sp=stackSave();try{return getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_i(index){var sp=stackSave();try{return getWasmTableEntry(index)()}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_v(index){var sp=stackSave();try{getWasmTableEntry(index)()}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_iiii(index,a1,a2,a3){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2,a3)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiii(index,a1,a2,a3,a4){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiiiiiiiiiiii(index,a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11,a12,a13){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11,a12,a13)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_iiiii(index,a1,a2,a3,a4){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2,a3,a4)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viii(index,a1,a2,a3){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_vi(index,a1){var sp=stackSave();try{getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_vii(index,a1,a2){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiiii(index,a1,a2,a3,a4,a5){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4,a5)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_ji(index,a1){var sp=stackSave();try{return getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0);return 0n}}async function run(){preRun();if(runDependencies){await resolveRunDependencies()}var setStatus=Module["setStatus"];if(setStatus){setStatus("Running...");await new Promise(resolve=>setTimeout(resolve,1));setTimeout(setStatus,1,"")}if(ABORT)return;initRuntime();Module["onRuntimeInitialized"]?.();postRun()}var wasmExports;wasmExports=await createWasm();await run();
;return Module}})();if(true){module.exports=PgQueryModule;module.exports["default"]=PgQueryModule}else {}


/***/ }),

/***/ 4006:
/***/ (function(module, __unused_webpack_exports, __nccwpck_require__) {

"use strict";


const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ (function(module) {

"use strict";


const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ (function(module, __unused_webpack_exports, __nccwpck_require__) {

"use strict";


const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ (function(module, __unused_webpack_exports, __nccwpck_require__) {

"use strict";


const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ (function(module, __unused_webpack_exports, __nccwpck_require__) {

"use strict";


const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";
/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 2635:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gd: function() { return /* binding */ InternalError; },
/* harmony export */   gJ: function() { return /* binding */ errorMessage; },
/* harmony export */   j1: function() { return /* binding */ ConfigurationError; },
/* harmony export */   p0: function() { return /* binding */ isConfigurationError; }
/* harmony export */ });
/**
 * Two kinds of error, mapped to the exit by one handler (shared/action/handle-error.ts).
 * - ConfigurationError: the user can fix it; the message says what to change, and links the docs.
 * - InternalError: a bug in Bickford; say so and ask for a report.
 * The third outcome, findings over the threshold, is not thrown: it is the verdict, computed from the findings
 * (`decideVerdict` in shared/action/gate.ts) and turned into exit code 1 by the runner.
 */
class ConfigurationError extends Error {
    docsUrl;
    location;
    name = 'ConfigurationError';
    constructor(message, docsUrl, 
    /** Where the bad value was written, when it was written in a file. */
    location) {
        super(message);
        this.docsUrl = docsUrl;
        this.location = location;
    }
}
class InternalError extends Error {
    name = 'InternalError';
    constructor(message, options) {
        super(message, options);
    }
}
function isConfigurationError(e) {
    return e instanceof Error && e.name === 'ConfigurationError';
}
function errorMessage(e) {
    return e instanceof Error ? e.message : String(e);
}


/***/ }),

/***/ 5933:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: function() { return /* binding */ LineIndex; }
/* harmony export */ });
/**
 * Turns raw offsets into 1-based line and column, once, for every engine.
 * libpg-query reports UTF-8 byte offsets; the TypeScript compiler and Prisma's WASM report UTF-16 offsets.
 * Columns are counted in characters (code points), as editors and GitHub show them.
 */
class LineIndex {
    text;
    lineStartsChar = [0];
    byteToChar;
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++) {
            if (text.charCodeAt(i) === 10)
                this.lineStartsChar.push(i + 1);
        }
    }
    get lineCount() {
        return this.lineStartsChar.length;
    }
    /** UTF-16 offset of a UTF-8 byte offset; offsets inside a multi-byte character map to its start. */
    charOffsetOfByte(byteOffset) {
        if (!this.byteToChar)
            this.byteToChar = buildByteToChar(this.text);
        const clamped = Math.max(0, Math.min(byteOffset, this.byteToChar.length - 1));
        return this.byteToChar[clamped];
    }
    /** 1-based line and column of a UTF-16 offset. */
    positionOfChar(charOffset) {
        const offset = Math.max(0, Math.min(charOffset, this.text.length));
        let lo = 0;
        let hi = this.lineStartsChar.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStartsChar[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        const lineStart = this.lineStartsChar[lo];
        // Count code points, not UTF-16 units, so an emoji before the position counts once; most lines have
        // no surrogate pair, and for them the two counts agree.
        const before = this.text.slice(lineStart, offset);
        const column = (/[\uD800-\uDBFF]/.test(before) ? [...before].length : before.length) + 1;
        return { line: lo + 1, column };
    }
    positionOfByte(byteOffset) {
        return this.positionOfChar(this.charOffsetOfByte(byteOffset));
    }
    /** A location spanning two UTF-16 offsets. */
    locationOfChars(file, start, end) {
        const s = this.positionOfChar(start);
        const loc = { file, line: s.line, column: s.column };
        if (end !== undefined && end > start) {
            const e = this.positionOfChar(end);
            loc.endLine = e.line;
            loc.endColumn = e.column;
        }
        return loc;
    }
    /** A location spanning two UTF-8 byte offsets. */
    locationOfBytes(file, start, end) {
        return this.locationOfChars(file, this.charOffsetOfByte(start), end === undefined ? undefined : this.charOffsetOfByte(end));
    }
    /** The text of a 1-based line, without its newline. */
    lineText(line) {
        const start = this.lineStartsChar[line - 1];
        if (start === undefined)
            return '';
        const next = this.lineStartsChar[line];
        return this.text.slice(start, next === undefined ? undefined : next - 1).replace(/\r$/, '');
    }
}
function buildByteToChar(text) {
    const bytes = Buffer.byteLength(text, 'utf8');
    const map = new Int32Array(bytes + 1);
    let b = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.codePointAt(i);
        const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
        for (let k = 0; k < width; k++)
            map[b + k] = i;
        b += width;
        if (code >= 0x10000)
            i++; // surrogate pair
    }
    map[bytes] = text.length;
    return map;
}


/***/ }),

/***/ 9023:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E6: function() { return /* binding */ NodeRepoFs; },
/* harmony export */   tJ: function() { return /* binding */ FileReadError; }
/* harmony export */ });
/* unused harmony exports DEFAULT_SKIP, toPosix */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2635);




class FileReadError extends _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1 {
    file;
    constructor(file, reason) {
        super(`cannot read ${file}: ${reason}`, undefined, { file });
        this.file = file;
    }
}
/** Folders glob() walks past unless a pattern names them: dependencies, VCS data, build caches, our own state. */
const DEFAULT_SKIP = new Set(['node_modules', '.git', '.turbo', '.next', '.bickford']);
function toPosix(p) {
    return p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
class NodeRepoFs {
    root;
    realRoot;
    constructor(root) {
        this.root = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root);
    }
    abs(rel) {
        return node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(this.root, rel);
    }
    rel(abs) {
        return toPosix(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(this.root, abs)) || '.';
    }
    exists(rel) {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(this.abs(rel));
    }
    // throwIfNoEntry: a missing name is the common answer during module resolution, and a throw is slow.
    isFile(rel) {
        try {
            return node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(this.abs(rel), { throwIfNoEntry: false })?.isFile() ?? false;
        }
        catch {
            return false;
        }
    }
    isDirectory(rel) {
        try {
            return node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(this.abs(rel), { throwIfNoEntry: false })?.isDirectory() ?? false;
        }
        catch {
            return false;
        }
    }
    readBytes(rel) {
        try {
            return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(this.abs(rel));
        }
        catch (e) {
            const code = e.code;
            const reason = code === 'ENOENT' ? (this.isSymlink(rel) ? 'it is a symlink to a file that does not exist' : 'no such file') : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String(e.message);
            throw new FileReadError(rel, reason);
        }
    }
    isSymlink(rel) {
        try {
            return node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(this.abs(rel)).isSymbolicLink();
        }
        catch {
            return false;
        }
    }
    readText(rel) {
        return this.readBytes(rel).toString('utf8');
    }
    list(rel) {
        try {
            return node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(this.abs(rel)).sort();
        }
        catch {
            return [];
        }
    }
    realpath(rel) {
        try {
            this.realRoot ??= node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(this.root);
            const real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(this.abs(rel));
            const r = toPosix(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(this.realRoot, real));
            return r.startsWith('..') ? undefined : r || '.';
        }
        catch {
            return undefined; // ELOOP, ENOENT
        }
    }
    glob(patterns, options = {}) {
        const list = Array.isArray(patterns) ? patterns : [patterns];
        const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_3___default()(list, { dot: true, ignore: options.ignore });
        const namesSkipped = (name) => DEFAULT_SKIP.has(name) && !list.some((p) => p.includes(name));
        const base = options.cwd ?? '.';
        const out = [];
        // Real paths of the folders visited, to stop at symlink loops. Only a symlink needs a realpath call:
        // a plain folder's real path is its parent's plus its name.
        const seen = new Set();
        const walk = (dirRel, real) => {
            if (seen.has(real))
                return;
            seen.add(real);
            let entries;
            try {
                entries = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(this.abs(dirRel), { withFileTypes: true });
            }
            catch {
                return;
            }
            const leaf = options.leafMarker !== undefined && entries.some((e) => e.name === options.leafMarker);
            for (const entry of entries) {
                if (namesSkipped(entry.name))
                    continue;
                const childRel = dirRel === '.' ? entry.name : `${dirRel}/${entry.name}`;
                let isDir = entry.isDirectory();
                let isFile = entry.isFile();
                let childReal = `${real}/${entry.name}`;
                if (entry.isSymbolicLink()) {
                    try {
                        childReal = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(this.abs(childRel));
                        const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(childReal);
                        isDir = st.isDirectory();
                        isFile = st.isFile();
                    }
                    catch {
                        continue; // dangling, or a loop the OS refuses (ELOOP)
                    }
                }
                if (isDir) {
                    if (!leaf)
                        walk(childRel, childReal);
                }
                else if (isFile) {
                    const matchPath = base === '.' ? childRel : toPosix(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.relative(base, childRel));
                    if (isMatch(matchPath))
                        out.push(childRel);
                }
            }
        };
        let baseReal;
        try {
            baseReal = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(this.abs(base));
        }
        catch {
            return [];
        }
        walk(base, baseReal);
        return out.sort();
    }
}


/***/ }),

/***/ 5116:
/***/ (function(module) {

"use strict";
module.exports = require("./typescript.js");

/***/ }),

/***/ 2613:
/***/ (function(module) {

"use strict";
module.exports = require("assert");

/***/ }),

/***/ 181:
/***/ (function(module) {

"use strict";
module.exports = require("buffer");

/***/ }),

/***/ 4434:
/***/ (function(module) {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ (function(module) {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ (function(module) {

"use strict";
module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ (function(module) {

"use strict";
module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ (function(module) {

"use strict";
module.exports = require("net");

/***/ }),

/***/ 4589:
/***/ (function(module) {

"use strict";
module.exports = require("node:assert");

/***/ }),

/***/ 6698:
/***/ (function(module) {

"use strict";
module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ (function(module) {

"use strict";
module.exports = require("node:buffer");

/***/ }),

/***/ 7540:
/***/ (function(module) {

"use strict";
module.exports = require("node:console");

/***/ }),

/***/ 7598:
/***/ (function(module) {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 3053:
/***/ (function(module) {

"use strict";
module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ (function(module) {

"use strict";
module.exports = require("node:dns");

/***/ }),

/***/ 8474:
/***/ (function(module) {

"use strict";
module.exports = require("node:events");

/***/ }),

/***/ 3024:
/***/ (function(module) {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 7067:
/***/ (function(module) {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ (function(module) {

"use strict";
module.exports = require("node:http2");

/***/ }),

/***/ 7030:
/***/ (function(module) {

"use strict";
module.exports = require("node:net");

/***/ }),

/***/ 6760:
/***/ (function(module) {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ (function(module) {

"use strict";
module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ (function(module) {

"use strict";
module.exports = require("node:querystring");

/***/ }),

/***/ 7075:
/***/ (function(module) {

"use strict";
module.exports = require("node:stream");

/***/ }),

/***/ 1692:
/***/ (function(module) {

"use strict";
module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ (function(module) {

"use strict";
module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ (function(module) {

"use strict";
module.exports = require("node:util");

/***/ }),

/***/ 3429:
/***/ (function(module) {

"use strict";
module.exports = require("node:util/types");

/***/ }),

/***/ 5919:
/***/ (function(module) {

"use strict";
module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ (function(module) {

"use strict";
module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ (function(module) {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 932:
/***/ (function(module) {

"use strict";
module.exports = require("process");

/***/ }),

/***/ 3193:
/***/ (function(module) {

"use strict";
module.exports = require("string_decoder");

/***/ }),

/***/ 4756:
/***/ (function(module) {

"use strict";
module.exports = require("tls");

/***/ }),

/***/ 1404:
/***/ (function(module) {

"use strict";
module.exports = require("util");

/***/ }),

/***/ 7349:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ (function(__unused_webpack_module, exports) {

"use strict";


function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ (function(__unused_webpack_module, exports) {

"use strict";


function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ (function(__unused_webpack_module, exports) {

"use strict";


function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ (function(__unused_webpack_module, exports) {

"use strict";


function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ (function(__unused_webpack_module, exports) {

"use strict";


/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ (function(__unused_webpack_module, exports) {

"use strict";


class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";
var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ (function(__unused_webpack_module, exports) {

"use strict";


const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ (function(__unused_webpack_module, exports) {

"use strict";


/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ (function(__unused_webpack_module, exports) {

"use strict";


const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ (function(__unused_webpack_module, exports) {

"use strict";


/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ (function(__unused_webpack_module, exports) {

"use strict";


const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ (function(__unused_webpack_module, exports) {

"use strict";


/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ (function(__unused_webpack_module, exports) {

"use strict";


function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";


var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 2627:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

/**
 * DO NOT MODIFY MANUALLY — this is generated from the templates dir
 *
 * To make changes, edit the files in the templates/ directory and run:
 * npm run copy:templates
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scan = exports.normalize = exports.fingerprint = exports.parsePlPgSQL = exports.parse = exports.SqlError = void 0;
exports.hasSqlDetails = hasSqlDetails;
exports.formatSqlError = formatSqlError;
exports.loadModule = loadModule;
exports.parseSync = parseSync;
exports.parsePlPgSQLSync = parsePlPgSQLSync;
exports.fingerprintSync = fingerprintSync;
exports.normalizeSync = normalizeSync;
exports.scanSync = scanSync;
__exportStar(__nccwpck_require__(9461), exports);
class SqlError extends Error {
    sqlDetails;
    constructor(message, details) {
        super(message);
        this.name = 'SqlError';
        this.sqlDetails = details;
    }
}
exports.SqlError = SqlError;
function hasSqlDetails(error) {
    return error instanceof SqlError && error.sqlDetails !== undefined;
}
function formatSqlError(error, query, options = {}) {
    const { showPosition = true, showQuery = true, color = false, maxQueryLength } = options;
    const lines = [];
    // ANSI color codes
    const red = color ? '\x1b[31m' : '';
    const yellow = color ? '\x1b[33m' : '';
    const reset = color ? '\x1b[0m' : '';
    // Add error message
    lines.push(`${red}Error: ${error.message}${reset}`);
    // Add SQL details if available
    if (error.sqlDetails) {
        const { cursorPosition, fileName, functionName, lineNumber } = error.sqlDetails;
        if (cursorPosition !== undefined && cursorPosition >= 0) {
            lines.push(`Position: ${cursorPosition}`);
        }
        if (fileName || functionName || lineNumber) {
            const details = [];
            if (fileName)
                details.push(`file: ${fileName}`);
            if (functionName)
                details.push(`function: ${functionName}`);
            if (lineNumber)
                details.push(`line: ${lineNumber}`);
            lines.push(`Source: ${details.join(', ')}`);
        }
        // Show query with position marker
        if (showQuery && showPosition && cursorPosition !== undefined && cursorPosition >= 0) {
            let displayQuery = query;
            let adjustedPosition = cursorPosition;
            // Truncate if needed
            if (maxQueryLength && query.length > maxQueryLength) {
                const start = Math.max(0, cursorPosition - Math.floor(maxQueryLength / 2));
                const end = Math.min(query.length, start + maxQueryLength);
                displayQuery = (start > 0 ? '...' : '') +
                    query.substring(start, end) +
                    (end < query.length ? '...' : '');
                // Adjust cursor position for truncation
                adjustedPosition = cursorPosition - start + (start > 0 ? 3 : 0);
            }
            lines.push(displayQuery);
            lines.push(' '.repeat(adjustedPosition) + `${yellow}^${reset}`);
        }
    }
    else if (showQuery) {
        // No SQL details, just show the query if requested
        let displayQuery = query;
        if (maxQueryLength && query.length > maxQueryLength) {
            displayQuery = query.substring(0, maxQueryLength) + '...';
        }
        lines.push(`Query: ${displayQuery}`);
    }
    return lines.join('\n');
}
// @ts-ignore
const libpg_query_js_1 = __importDefault(__nccwpck_require__(3995));
let wasmModule;
const initPromise = (0, libpg_query_js_1.default)().then((module) => {
    wasmModule = module;
});
function ensureLoaded() {
    if (!wasmModule)
        throw new Error("WASM module not initialized. Call `loadModule()` first.");
}
async function loadModule() {
    if (!wasmModule) {
        await initPromise;
    }
}
function awaitInit(fn) {
    return (async (...args) => {
        await initPromise;
        return fn(...args);
    });
}
function stringToPtr(str) {
    ensureLoaded();
    if (typeof str !== 'string') {
        throw new TypeError(`Expected a string, got ${typeof str}`);
    }
    const len = wasmModule.lengthBytesUTF8(str) + 1;
    const ptr = wasmModule._malloc(len);
    try {
        wasmModule.stringToUTF8(str, ptr, len);
        return ptr;
    }
    catch (error) {
        wasmModule._free(ptr);
        throw error;
    }
}
function ptrToString(ptr) {
    ensureLoaded();
    if (typeof ptr !== 'number') {
        throw new TypeError(`Expected a number, got ${typeof ptr}`);
    }
    return wasmModule.UTF8ToString(ptr);
}
exports.parse = awaitInit(async (query) => {
    // Input validation
    if (query === null || query === undefined) {
        throw new Error('Query cannot be null or undefined');
    }
    if (query === '') {
        throw new Error('Query cannot be empty');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
            throw new Error('Failed to parse query: memory allocation failed');
        }
        // Read the PgQueryParseResult struct
        const parseTreePtr = wasmModule.getValue(resultPtr, 'i32');
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, 'i32');
        const errorPtr = wasmModule.getValue(resultPtr + 8, 'i32');
        if (errorPtr) {
            // Read PgQueryError struct
            const messagePtr = wasmModule.getValue(errorPtr, 'i32');
            const funcnamePtr = wasmModule.getValue(errorPtr + 4, 'i32');
            const filenamePtr = wasmModule.getValue(errorPtr + 8, 'i32');
            const lineno = wasmModule.getValue(errorPtr + 12, 'i32');
            const cursorpos = wasmModule.getValue(errorPtr + 16, 'i32');
            const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : 'Unknown error';
            const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : undefined;
            const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : undefined;
            throw new SqlError(message, {
                message,
                cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0, // Convert to 0-based
                fileName: filename,
                functionName: funcname,
                lineNumber: lineno > 0 ? lineno : undefined
            });
        }
        if (!parseTreePtr) {
            throw new Error('No parse tree generated');
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_parse_result(resultPtr);
        }
    }
});
exports.parsePlPgSQL = awaitInit(async (query) => {
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        // Success is always a JSON object; anything else is an error message
        if (!resultStr.startsWith('{')) {
            throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
});
exports.fingerprint = awaitInit(async (query) => {
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return resultStr;
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
});
exports.normalize = awaitInit(async (query) => {
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return resultStr;
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
});
// Sync versions
function parseSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    // Input validation
    if (query === null || query === undefined) {
        throw new Error('Query cannot be null or undefined');
    }
    if (query === '') {
        throw new Error('Query cannot be empty');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
            throw new Error('Failed to parse query: memory allocation failed');
        }
        // Read the PgQueryParseResult struct
        const parseTreePtr = wasmModule.getValue(resultPtr, 'i32');
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, 'i32');
        const errorPtr = wasmModule.getValue(resultPtr + 8, 'i32');
        if (errorPtr) {
            // Read PgQueryError struct
            const messagePtr = wasmModule.getValue(errorPtr, 'i32');
            const funcnamePtr = wasmModule.getValue(errorPtr + 4, 'i32');
            const filenamePtr = wasmModule.getValue(errorPtr + 8, 'i32');
            const lineno = wasmModule.getValue(errorPtr + 12, 'i32');
            const cursorpos = wasmModule.getValue(errorPtr + 16, 'i32');
            const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : 'Unknown error';
            const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : undefined;
            const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : undefined;
            throw new SqlError(message, {
                message,
                cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0, // Convert to 0-based
                fileName: filename,
                functionName: funcname,
                lineNumber: lineno > 0 ? lineno : undefined
            });
        }
        if (!parseTreePtr) {
            throw new Error('No parse tree generated');
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_parse_result(resultPtr);
        }
    }
}
function parsePlPgSQLSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        // Success is always a JSON object; anything else is an error message
        if (!resultStr.startsWith('{')) {
            throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
}
function fingerprintSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return resultStr;
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
}
function normalizeSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return resultStr;
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
}
exports.scan = awaitInit(async (query) => {
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
});
function scanSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
}


/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	!function() {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = function(module) {
/******/ 			var getter = module && module.__esModule ?
/******/ 				function() { return module['default']; } :
/******/ 				function() { return module; };
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	}();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	!function() {
/******/ 		var getProto = Object.getPrototypeOf ? function(obj) { return Object.getPrototypeOf(obj); } : function(obj) { return obj.__proto__; };
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach(function(key) { def[key] = function() { return value[key]; }; });
/******/ 			}
/******/ 			def['default'] = function() { return value; };
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	}();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	!function() {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = function(exports, definition) {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	}();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	!function() {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = function(chunkId) {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce(function(promises, key) {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	}();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	!function() {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = function(chunkId) {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	}();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	!function() {
/******/ 		__nccwpck_require__.o = function(obj, prop) { return Object.prototype.hasOwnProperty.call(obj, prop); }
/******/ 	}();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	!function() {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = function(exports) {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	}();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	!function() {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = function(chunk) {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = function(chunkId, promises) {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	}();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it need to be in strict mode.
!function() {
"use strict";

// NAMESPACE OBJECT: ./shared/github/workflow-commands.ts
var workflow_commands_namespaceObject = {};
__nccwpck_require__.r(workflow_commands_namespaceObject);
__nccwpck_require__.d(workflow_commands_namespaceObject, {
  debug: function() { return debug; },
  error: function() { return error; },
  group: function() { return group; },
  info: function() { return info; },
  notice: function() { return notice; },
  setOutput: function() { return setOutput; },
  setSecret: function() { return setSecret; },
  warning: function() { return warning; }
});

;// CONCATENATED MODULE: external "node:v8"
var external_node_v8_namespaceObject = require("node:v8");
;// CONCATENATED MODULE: ./shared/action/wasm-tiering.ts

/**
 * Imported first by the entry points that run WebAssembly (Prisma's schema engine, libpg-query, PGlite's
 * PostgreSQL), for its effect: V8 compiles WebAssembly with Liftoff only, its quick baseline compiler.
 *
 * By default V8 also recompiles the hot functions with TurboFan, and a process that is done waits for those
 * compiles before it exits. A guard's run lasts well under a second, so that second compile never pays back: on
 * a 2-core runner it cost prisma-guard ~120 ms of waiting at exit plus the cores it took from the work
 * (bench/results/prisma-guard.md); a ledger verify on PGlite went from 0.91 s to 0.65 s. On Node 24 (V8 13.6) it
 * costs far more: TurboFan's inlining into libpg-query's parser took migration-score from ~60 MiB to ~600 MiB
 * of peak memory and ~4x the time (bench/results/startup.md).
 *
 * Why three flags: `node --liftoff-only` works by its implications (`--no-wasm-tier-up`,
 * `--no-wasm-dynamic-tiering`), and V8 applies implications only while it parses the command line. On Node 20
 * `setFlagsFromString` applied them too; on Node 24 it sets the one flag named and nothing else, so
 * `--liftoff-only` alone changed nothing there. Naming the implied flags works on both (measured with the
 * libpg-query parse in shared/action/wasm-tiering.test.ts: Node 24 peaks at ~110 MiB with all three, ~670 MiB
 * with `--liftoff-only` alone). Flags set from here apply to modules compiled afterwards: this must run before the
 * first WebAssembly module is compiled, which is why every entry imports it on its first line. It assumes
 * nothing of the bundle format: CommonJS or ESM, the first import is evaluated first. Only WebAssembly is
 * affected; JavaScript tiers up as usual.
 */
const WASM_TIERING_FLAGS = Object.freeze(['--liftoff-only', '--no-wasm-tier-up', '--no-wasm-dynamic-tiering']);
for (const flag of WASM_TIERING_FLAGS)
    (0,external_node_v8_namespaceObject.setFlagsFromString)(flag);

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./shared/lazy-crypto.ts
/**
 * node:crypto, required on the first hash or UUID instead of at start-up. Loading node:crypto costs ~3 MiB of
 * peak memory on Node 24 (its internals now include argon2, KEM, ...) against ~1.5 MiB on Node 20, and the
 * smallest runs never need it: publish on an event it refuses, any step that exits on its inputs. Measured on
 * the publish dist (bench/startup, Node 24.22.3 / 20.20.2, max RSS): 50.6 / 42.2 MiB (1.20x) with node:crypto
 * imported at the top of finding.ts, inert.ts and workflow-commands.ts, 48.1 / 41.1 MiB (1.17x) with this.
 * Same functions, same results: only when the module is loaded changes.
 */
const lazy_crypto_crypto = () => __nccwpck_require__(7598);
const lazy_crypto_createHash = (algorithm) => lazy_crypto_crypto().createHash(algorithm);
const randomUUID = () => lazy_crypto_crypto().randomUUID();

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
var external_node_os_namespaceObject = require("node:os");
;// CONCATENATED MODULE: ./shared/github/workflow-commands.ts



/** utils.js toCommandValue: strings as they are, null and undefined as nothing, anything else as JSON. */
function toCommandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return input;
    return JSON.stringify(input);
}
/** utils.js toCommandProperties: an annotation's properties under the runner's names. */
function toCommandProperties(p) {
    if (!Object.keys(p).length)
        return {};
    return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}
const escapeData = (s) => toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** command.js Command#toString and issueCommand: `::name key=value,...::message`, properties with a value only. */
function issueCommand(command, properties, message) {
    let line = `::${command}`;
    const keys = Object.keys(properties);
    if (keys.length > 0) {
        // As the library does: a space once there are properties, even when none has a value.
        line += ' ';
        line += keys
            .filter((k) => properties[k])
            .map((k) => `${k}=${escapeProperty(properties[k])}`)
            .join(',');
    }
    process.stdout.write(`${line}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
/** file-command.js issueFileCommand: a line appended to the file the runner names in GITHUB_<COMMAND>. */
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!external_node_fs_.existsSync(filePath))
        throw new Error(`Missing file at path: ${filePath}`);
    external_node_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_node_os_namespaceObject.EOL}`, { encoding: 'utf8' });
}
/** file-command.js prepareKeyValueMessage: `name<<delimiter`, the value, the delimiter (a random one). */
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    const converted = toCommandValue(value);
    if (key.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (converted.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${key}<<${delimiter}${external_node_os_namespaceObject.EOL}${converted}${external_node_os_namespaceObject.EOL}${delimiter}`;
}
const workflow_commands_text = (message) => (message instanceof Error ? message.toString() : message);
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    process.stdout.write(external_node_os_namespaceObject.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), workflow_commands_text(message));
}
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), workflow_commands_text(message));
}
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), workflow_commands_text(message));
}
function info(message) {
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
}
async function group(name, fn) {
    issueCommand('group', {}, name);
    try {
        return await fn();
    }
    finally {
        issueCommand('endgroup', {}, '');
    }
}

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __nccwpck_require__(2635);
;// CONCATENATED MODULE: ./shared/config/input-reader.ts

// Each action's README lists its inputs; the Configuration section says how inputs and .bickford.yml combine.
const DOCS = 'https://github.com/bickford/actions#configuration';
/**
 * Typed reads with errors that name the input and the accepted values. Sources are tried in order
 * (inputs before config), so an input overrides the config file.
 */
class InputReader {
    sources;
    constructor(sources) {
        this.sources = sources;
    }
    raw(name) {
        for (const source of this.sources) {
            const v = source.get(name);
            if (v === undefined || v === '')
                continue;
            const p = source.locate?.(name);
            return { value: v, from: source.kind, at: p && { file: source.kind, ...p } };
        }
        return undefined;
    }
    /** Where the value of `name` came from; undefined when no source gives it (the default applies). */
    origin(name) {
        const source = this.sources.find((s) => {
            const v = s.get(name);
            return v !== undefined && v !== '';
        });
        if (!source)
            return undefined;
        const at = (item) => {
            const p = source.locate?.(name, item);
            return p ? { file: source.kind, ...p } : undefined;
        };
        const value = source.get(name);
        return { from: source.kind, location: at(), ...(Array.isArray(value) && source.locate ? { items: value.map((_, i) => at(i)) } : {}) };
    }
    fail(name, r, expected, got) {
        const from = r.at ? `${r.at.file}:${r.at.line}:${r.at.column}` : r.from;
        throw new errors/* ConfigurationError */.j1(`${name} must be ${expected}, got '${String(got)}' (from ${from})`, DOCS, r.at);
    }
    string(name, fallback) {
        const r = this.raw(name);
        if (!r)
            return fallback;
        if (Array.isArray(r.value))
            return r.value.join('\n');
        return String(r.value).trim();
    }
    boolean(name, fallback) {
        const r = this.raw(name);
        if (!r)
            return fallback;
        if (typeof r.value === 'boolean')
            return r.value;
        const s = String(r.value).trim().toLowerCase();
        if (['true', 'yes', 'on', '1'].includes(s))
            return true;
        if (['false', 'no', 'off', '0'].includes(s))
            return false;
        return this.fail(name, r, 'true or false', r.value);
    }
    number(name, fallback, range = {}) {
        const r = this.raw(name);
        if (!r)
            return fallback;
        const n = typeof r.value === 'number' ? r.value : Number(String(r.value).trim());
        const { min, max, integer } = range;
        const expected = `${integer ? 'a whole number' : 'a number'}` +
            (min !== undefined && max !== undefined ? ` from ${min} to ${max}` : min !== undefined ? ` of at least ${min}` : max !== undefined ? ` of at most ${max}` : '');
        if (typeof r.value === 'boolean' || String(r.value).trim() === '' || !Number.isFinite(n))
            return this.fail(name, r, expected, r.value);
        if ((min !== undefined && n < min) || (max !== undefined && n > max) || (integer && !Number.isInteger(n)))
            return this.fail(name, r, expected, r.value);
        return n;
    }
    oneOf(name, values, fallback) {
        const r = this.raw(name);
        if (!r)
            return fallback;
        const s = String(r.value).trim();
        if (values.includes(s))
            return s;
        return this.fail(name, r, `one of ${values.join(', ')}`, r.value);
    }
    /** A list given as lines or commas (inputs) or as a YAML sequence (config). */
    list(name, fallback = []) {
        const r = this.raw(name);
        if (!r)
            return fallback;
        const items = Array.isArray(r.value) ? r.value.map(String) : String(r.value).split(/[\n,]/);
        return items.map((s) => s.trim()).filter((s) => s !== '');
    }
}
/** The runner's protocol: INPUT_ + the name upper-cased with spaces as underscores; hyphens are kept. */
class EnvInputSource {
    env;
    kind = 'input';
    constructor(env = process.env) {
        this.env = env;
    }
    get(name) {
        return this.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
    }
}
class MapInputSource {
    kind;
    values;
    where;
    constructor(kind, values, 
    /** The place of a value (or a list item) in the file `kind` names, when the values come from one. */
    where) {
        this.kind = kind;
        this.values = values;
        this.where = where;
    }
    locate(name, item) {
        return this.where?.(name, item);
    }
    get(name) {
        const v = this.values[name];
        if (v === undefined || v === null)
            return undefined;
        if (Array.isArray(v))
            return v.map(String);
        if (typeof v === 'number' || typeof v === 'boolean')
            return v;
        return String(v);
    }
}

;// CONCATENATED MODULE: ./shared/github/api-client.ts
/**
 * The REST client: @actions/github's Octokit with plugin-retry and plugin-throttling (octokit.ts), loaded on
 * the first request: a run without a token, or one that makes no API call, never pays to load it (bench/results/github-io.md).
 * What is ours: the per-request timeout, how long we are willing to wait for a limit, and errors that say what
 * went wrong (failure.ts).
 */
/** A request that failed after the libraries' retries; `kind` is what a note to the user should name. */
class GitHubApiError extends Error {
    status;
    method;
    path;
    body;
    headers;
    networkCause;
    name = 'GitHubApiError';
    constructor(status, method, path, body, headers = {}, 
    /** The network error under a status-500 "answer" that never came (DNS, TLS, refused, timed out). */
    networkCause) {
        super(networkCause
            ? `${method} ${path} got no answer: ${networkCause.message}${networkCause.code ? ` (${networkCause.code})` : ''}`
            : `${method} ${path} answered ${status}: ${body.slice(0, 300)}`);
        this.status = status;
        this.method = method;
        this.path = path;
        this.body = body;
        this.headers = headers;
        this.networkCause = networkCause;
    }
    /** 401, 403 and 404 on writes are what a read-only (fork) token gets; a rate limit is not one of them. */
    get isPermission() {
        return !this.networkCause && !this.isRateLimit && (this.status === 403 || this.status === 404 || this.status === 401);
    }
    get isRateLimit() {
        return (!this.networkCause &&
            (this.status === 429 || (this.status === 403 && (String(this.headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(this.body)))));
    }
}
class GitHubClient {
    apiUrl;
    token;
    options;
    octokitLoad;
    constructor(apiUrl, token, options = {}) {
        this.apiUrl = apiUrl;
        this.token = token;
        this.options = options;
    }
    /** Octokit, created on first use; a separate chunk of the bundle, so that is also when it is read and compiled. */
    octokit() {
        this.octokitLoad ??= Promise.all(/* import() */[__nccwpck_require__.e(392), __nccwpck_require__.e(881)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4881)).then(({ createOctokit }) => createOctokit(this.apiUrl, this.token, {
            timeoutMs: this.options.timeoutMs ?? 30_000,
            retries: this.options.retries ?? 3,
            maxRateLimitWaitSeconds: this.options.maxRateLimitWaitSeconds ?? 90,
            logger: this.options.logger,
        }));
        return this.octokitLoad;
    }
    /** One REST call by method and path (query included); the body's fields become the request body. */
    async request(method, path, body) {
        try {
            // `data` sends the body as it is, so a field named like an Octokit option (headers, url) stays a field.
            const octokit = await this.octokit();
            const res = await octokit.request({ method, url: path, ...(body === undefined ? {} : { data: body }) });
            return res.data;
        }
        catch (e) {
            throw toApiError(e, method, path);
        }
    }
    /** Every item of a list, following the Link header's `next`, at most maxPages pages of 100. */
    async paginate(path, maxPages = 50) {
        const all = [];
        let pages = 0;
        try {
            const route = `GET ${path}${path.includes('?') ? '&' : '?'}per_page=100`;
            const octokit = await this.octokit();
            for await (const page of octokit.paginate.iterator(route)) {
                all.push(...page.data);
                if (++pages >= maxPages)
                    break;
            }
        }
        catch (e) {
            throw toApiError(e, 'GET', path);
        }
        return all;
    }
}
function toApiError(e, method, path) {
    const err = e;
    if (typeof err?.status !== 'number')
        return e;
    const data = err.response?.data;
    if (!err.response) {
        // No answer at all: @octokit/request reports the network error as status 500 with the cause attached.
        const cause = err.cause?.cause ?? err.cause;
        return new GitHubApiError(0, method, path, '', {}, { code: cause?.code ?? err.cause?.code, message: String(cause?.message ?? err.message ?? 'network error') });
    }
    return new GitHubApiError(err.status, method, path, typeof data === 'string' ? data : JSON.stringify(data ?? ''), err.response.headers ?? {});
}

;// CONCATENATED MODULE: ./shared/github/inert.ts

/**
 * What @actions/core's `info` lacks: the runner (actions/runner ActionCommandManager) reads every line of the
 * step's output, split at CR, LF and CRLF. It runs a line as a command when, trimmed of .NET white space
 * (which includes NEL U+0085, unlike JavaScript's \s), it starts with `::`, and it also runs the legacy form
 * `##[name]` found anywhere in a line. Text from the repository (file names, schema paths, SQL, messages)
 * reaches the log only through `inert`.
 */
const LINE_BREAK = /\r\n|\r|\n/;
const DOTNET_SPACE = /^[\s\u0085]+/;
/** Would the runner read any line of this text as a command? */
function looksLikeCommand(text) {
    return text.split(LINE_BREAK).some((line) => line.replace(DOTNET_SPACE, '').startsWith('::') || line.includes('##['));
}
/**
 * The text as log output the runner will not act on: unchanged when no line could be a command, otherwise
 * inside a `::stop-commands::` block whose random token the text cannot contain (the runner obeys nothing,
 * legacy `##[` included, until the token is repeated).
 */
function inert(text, token = randomUUID) {
    if (!looksLikeCommand(text))
        return text;
    let t = token();
    while (text.includes(t))
        t = token();
    return `::stop-commands::${t}\n${text}\n::${t}::`;
}

;// CONCATENATED MODULE: ./shared/github/actions-logger.ts


/**
 * The Logger engines use, written through @actions/core. Workflow commands (debug, warning, error) escape
 * their data; plain lines carry file names and messages from the repository, so they go through `inert`.
 */
class ActionsLogger {
    debug(message) {
        debug(message);
    }
    info(message) {
        info(inert(message));
    }
    warning(message) {
        warning(message);
    }
    error(message) {
        error(message);
    }
    group(name, fn) {
        return group(name, fn);
    }
}

;// CONCATENATED MODULE: ./shared/github/change-set-api.ts

// https://docs.github.com/en/rest/pulls/pulls#list-pull-requests-files: "Responses include a maximum of 3000 files".
const PR_FILES_LIMIT = 3000;
// https://docs.github.com/en/rest/commits/commits#compare-two-commits: the files list "includes up to 300 changed files".
const COMPARE_FILES_LIMIT = 300;
function toChangedFile(f) {
    // GitHub's statuses: added, removed, modified, renamed, copied, changed, unchanged.
    const status = f.status === 'removed' ? 'deleted' : f.status === 'added' || f.status === 'copied' ? 'added' : f.status === 'renamed' ? 'renamed' : 'modified';
    return { path: f.filename, status, ...(f.previous_filename && status === 'renamed' ? { previousPath: f.previous_filename } : {}) };
}
class TruncatedListError extends Error {
    name = 'TruncatedListError';
}
/** The PR's files when the run is about a PR, else the comparison of base and head (a push). */
function changeSetApi(client, ref, target) {
    const repo = `/repos/${ref.owner}/${ref.repo}`;
    const listPath = target.pr !== undefined ? `${repo}/pulls/${target.pr}/files` : `${repo}/compare/${target.base}...${target.head}`;
    return {
        describe: () => `GET ${listPath}`,
        async listChanges() {
            if (target.pr !== undefined) {
                const files = await client.paginate(listPath, PR_FILES_LIMIT / 100 + 1);
                if (files.length >= PR_FILES_LIMIT)
                    throw new TruncatedListError(`the API lists at most ${PR_FILES_LIMIT} files of a pull request and this one has at least that many`);
                return files.map(toChangedFile);
            }
            const compare = await client.request('GET', `${listPath}?per_page=100`);
            const files = compare.files ?? [];
            if (files.length >= COMPARE_FILES_LIMIT)
                throw new TruncatedListError(`the API lists at most ${COMPARE_FILES_LIMIT} files of a comparison and this one has at least that many`);
            return files.map(toChangedFile);
        },
        async contentAt(at, repoPath) {
            const encoded = repoPath.split('/').map(encodeURIComponent).join('/');
            try {
                const body = await client.request('GET', `${repo}/contents/${encoded}?ref=${encodeURIComponent(at)}`);
                // Files over 1 MB come back with encoding "none" and no content: unknown, not empty.
                if (body?.type !== 'file' || body.encoding !== 'base64' || typeof body.content !== 'string')
                    throw new Error(`the contents API gave no base64 content for ${repoPath}`);
                return Buffer.from(body.content, 'base64').toString('utf8');
            }
            catch (e) {
                if (e instanceof GitHubApiError && e.status === 404)
                    return undefined;
                throw e;
            }
        },
    };
}

;// CONCATENATED MODULE: ./packages/runtime/src/denial.ts
/**
 * Docs pages live beside the guards' (`docs/rules/<rule-id>.md`); the shared core derives the same URL.
 * Kept here as a constant because this package may import nothing.
 */
const RULE_DOCS_BASE = 'https://github.com/bickford/actions/blob/main/docs/rules';
/**
 * FNV-1a, 32 bits, over UTF-16 code units, run twice with two offset bases and joined into 16 hex digits.
 * Neither WebCrypto's digest (async) nor node:crypto (Node only) is usable from a synchronous gate on every
 * runtime, and a denial's fingerprint only needs to be stable, not secret. The guards' own findings use
 * SHA-256 (shared/findings/finding.ts); the two are never compared.
 */
function fnv1a(text) {
    return fnvPass(text, 0x811c9dc5) + fnvPass(text, 0x01000193 ^ 0x811c9dc5 ^ 0x5bd1e995);
}
function fnvPass(text, basis) {
    let hash = basis >>> 0;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
}
function toLocation(at) {
    if (at === undefined)
        return undefined;
    return typeof at === 'string' ? { file: at, line: 1, column: 1 } : at;
}
/** Builds a denial with its fingerprint filled from the rule, the file and a key that does not move with lines. */
function createDenial(input) {
    const { fingerprintKey, ...rest } = input;
    return { ...rest, fingerprint: fnv1a(`${input.ruleId}\0${input.location?.file ?? ''}\0${fingerprintKey}`) };
}

;// CONCATENATED MODULE: ./shared/compare.ts
/**
 * Orders strings by UTF-16 code unit, as `Array.prototype.sort()` does. Used instead of `localeCompare`
 * wherever an order reaches a report or a hash: collation depends on the ICU data and the process's locale,
 * so two runners could order (and hash) the same names differently, and it is ~10x slower.
 */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./shared/findings/finding.ts




/** One base for every rule's docs page, shared with the runtime library's denials. */
const DOCS_BASE = RULE_DOCS_BASE;
/** Docs links are derived from the rule id, never typed by hand. */
function docsUrlFor(ruleId) {
    return `${DOCS_BASE}/${ruleId}.md`;
}
function fingerprintOf(ruleId, file, key) {
    return lazy_crypto_createHash('sha256').update(`${ruleId}\0${file ?? ''}\0${key}`).digest('hex').slice(0, 32);
}
// The file each fingerprint was computed from, when it is not the location's (kept off the finding model, which is public).
const fingerprintFiles = new WeakMap();
/** The file a finding's fingerprint is about (guard-root-relative, as the engine reported it). */
function fingerprintFileOf(finding) {
    return fingerprintFiles.get(finding) ?? finding.location?.file;
}
/** Builds a finding with its fingerprint and docs link filled in. `docsUrl: null` means the rule has no page. */
function createFinding(input) {
    const { fingerprintKey, fingerprintFile, docsUrl, ...rest } = input;
    const finding = {
        ...rest,
        fingerprint: fingerprintOf(input.ruleId, fingerprintFile ?? input.location?.file, fingerprintKey ?? input.message),
    };
    if (docsUrl !== null)
        finding.docsUrl = docsUrl ?? docsUrlFor(input.ruleId);
    if (fingerprintFile !== undefined)
        fingerprintFiles.set(finding, fingerprintFile);
    return finding;
}
/** Findings that count towards the verdict. */
function activeFindings(findings) {
    return findings.filter((f) => !f.suppressed);
}
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/** Errors first, then warnings, then notices; within a severity by file, line and column. */
function compareFindings(a, b) {
    return (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        compareStrings(a.location?.file ?? '', b.location?.file ?? '') ||
        (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
        compareStrings(a.ruleId, b.ruleId));
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}

;// CONCATENATED MODULE: ./shared/reporters/escape.ts
/**
 * Escaping for every place user-controlled text lands. File names and messages come from the
 * repository under review, so they are hostile until escaped.
 */
/** Workflow-command data, as the runner's parser expects (actions/toolkit `command.ts` escapeData). */
function escapeCommandData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Workflow-command property values additionally escape `:` and `,` (actions/toolkit `command.ts` escapeProperty). */
function escapeCommandProperty(s) {
    return escapeCommandData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** One workflow command as text, `::command k=v,k=v::message`, every property and the message escaped. */
function escape_formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .map(([k, v]) => `${k}=${escapeCommandProperty(String(v))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeCommandData(message)}`;
}
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|~>]/g;
/**
 * Text that must show as written in GitHub Markdown: HTML is entity-encoded (so `<img onerror>` and
 * `<!--` cannot open anything) and Markdown punctuation is backslash-escaped (so `[x](javascript:)`,
 * `@mentions` and `#refs` do not link). Newlines become spaces: callers that want lines split first.
 */
function escapeMarkdown(s) {
    // A bare URL stays as written (GitHub autolinks it either way; escaping would only break it).
    return s
        .split(/(https?:\/\/[^\s<>"'`|()[\]]+)/)
        .map((part, i) => (i % 2 === 1 ? part : escapeText(part)))
        .join('');
}
function escapeText(s) {
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(MARKDOWN_SPECIAL, (c) => (c === '>' ? c : `\\${c}`))
        .replace(/@/g, '@\u200b')
        .replace(/\r?\n/g, ' ');
}
/** Inline code that cannot be broken out of: a fence longer than any backtick run inside it. */
function inlineCode(s) {
    const clean = s.replace(/\r?\n/g, ' ');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    // Inside a table cell a `|` still splits the row, even in code: encode it.
    return `${fence}${pad}${clean.replace(/\|/g, '&#124;')}${pad}${fence}`;
}
/** A fenced code block whose fence no line of the content can close. */
function codeBlock(code, language = '') {
    const longest = Math.max(2, ...(code.match(/`{3,}|~{3,}/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language.replace(/[^a-z0-9+-]/gi, '')}\n${code.replace(/\n$/, '')}\n${fence}`;
}

;// CONCATENATED MODULE: ./shared/reporters/limits.ts
/**
 * GitHub's size limits, counted in UTF-8 bytes where GitHub counts bytes, and one way of cutting to them: at
 * the last line break that fits (a single over-long line at a character boundary), with a note saying where
 * the rest is. The note's own size is counted, so the result always fits.
 */
const LIMITS = {
    /** Check-run annotation `message` and `raw_details`. */
    annotationBytes: 64 * 1024,
    /** Check-run `output.summary` and `output.text`. */
    checkRunTextBytes: 65_535,
    /**
     * Issue comment body, as GitHub stores it: 262,144 bytes of UTF-8 (2^18), measured on both POST and PATCH
     * (https://github.com/dead-claudia/github-limits/pull/13, https://github.com/objectstack-ai/objectstack/issues/18826);
     * its refusal reads "Body is too long (maximum is 65536 characters)", the number of 4-byte characters that fit.
     */
    commentBytes: 262_144,
    /** Issue comment body in code points: the limit GitHub's refusal names; within it, the byte limit always holds. */
    commentCodePoints: 65_536,
    /** Check-run annotation title. */
    annotationTitleChars: 255,
};
const utf8 = (s) => Buffer.byteLength(s, 'utf8');
function cutToBytes(text, maxBytes, note) {
    if (utf8(text) <= maxBytes)
        return text;
    const lines = text.split('\n');
    let used = 0;
    let kept = 0;
    // Measure with the longest note this text could need.
    const room = maxBytes - utf8(`\n${note(lines.length)}`);
    if (room <= 0)
        return truncateBytes(note(0), maxBytes);
    while (kept < lines.length) {
        const cost = utf8(lines[kept]) + (kept > 0 ? 1 : 0);
        if (used + cost > room)
            break;
        used += cost;
        kept++;
    }
    const head = kept > 0 ? lines.slice(0, kept).join('\n') : truncateBytes(lines[0], room);
    return `${head}\n${note(kept + 1)}`;
}
/** Unicode code points (what GitHub's "characters" are): UTF-16 length less one per surrogate pair. */
function codePoints(s) {
    let n = s.length;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                n--;
                i++;
            }
        }
    }
    return n;
}
/** The longest prefix of at most max code points, never half of a surrogate pair. */
function truncateCodePoints(s, max) {
    if (s.length <= max)
        return s;
    let i = 0;
    for (let n = 0; n < max && i < s.length; n++) {
        const c = s.charCodeAt(i);
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
    return s.slice(0, i);
}
/** The longest prefix within maxBytes that does not split a character. */
function truncateBytes(s, maxBytes) {
    const buf = Buffer.from(s, 'utf8');
    if (buf.length <= maxBytes)
        return s;
    let end = maxBytes;
    while (end > 0 && (buf[end] & 0xc0) === 0x80)
        end--;
    return buf.subarray(0, end).toString('utf8');
}

;// CONCATENATED MODULE: ./shared/reporters/report-options.ts
/** Findings in changed files first, then the rest, keeping the given order otherwise. */
function changedFirst(findings, changed) {
    if (!changed || changed.size === 0)
        return [...findings];
    const inChanged = (f) => (f.location && changed.has(f.location.file) ? 0 : 1);
    return findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => inChanged(a.f) - inChanged(b.f) || a.i - b.i)
        .map((x) => x.f);
}

;// CONCATENATED MODULE: ./shared/reporters/markdown.ts




/**
 * GitHub refuses a step summary over 1 MiB, and a comment body over 262,144 bytes of UTF-8 with the words
 * "maximum is 65536 characters" (limits.ts). The comment is held to 65,536 code points: GitHub accepts that
 * whatever the text (a code point is at most 4 bytes), and so does a server that counts the characters its
 * message names. Counting UTF-16 units, as `String.length` does, would cut an emoji-heavy comment at half.
 */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const COMMENT_LIMIT_CODE_POINTS = LIMITS.commentCodePoints;
/** The same limit under its old name: code points, not UTF-16 units. */
const COMMENT_LIMIT_CHARS = (/* unused pure expression or super */ null && (COMMENT_LIMIT_CODE_POINTS));
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/**
 * The hidden first line that finds a sticky comment again: the guard, plus the run's key (the `id` input or
 * the working directory) when it is not the repository root, so two jobs or a matrix keep one comment each.
 */
function commentMarker(guard, key) {
    return `<!-- bickford:${guard}${key ? `:${encodeURIComponent(key)}` : ''} -->`;
}
function cell(c) {
    return typeof c === 'string' ? escapeMarkdown(c) : inlineCode(c.code);
}
function where(f) {
    if (!f.location)
        return '';
    return inlineCode(`${f.location.file}:${f.location.line}:${f.location.column}`);
}
/** A URL safe inside Markdown link parentheses: encodeURI leaves `(` and `)`, which would end the link. */
function linkTarget(url) {
    return encodeURI(url).replace(/\(/g, '%28').replace(/\)/g, '%29');
}
function ruleLink(f) {
    const id = escapeMarkdown(f.ruleId);
    return f.docsUrl ? `[${id}](${linkTarget(f.docsUrl)})` : id;
}
function findingRow(f) {
    const help = f.help ? `<br>${escapeMarkdown(f.help)}` : '';
    return `| ${ICON[f.severity]} ${f.severity} | ${ruleLink(f)} | ${where(f)} | ${escapeMarkdown(f.message)}${help} |`;
}
function renderSection(s) {
    const title = `### ${escapeMarkdown(s.title)}`;
    if (s.kind === 'code')
        return `${title}\n\n${codeBlock(s.code, s.language)}`;
    if (s.kind === 'text')
        return `${title}\n\n${s.lines.map((l) => `- ${escapeMarkdown(l)}`).join('\n')}`;
    const head = `| ${s.headers.map(escapeMarkdown).join(' | ')} |\n|${s.headers.map(() => '---').join('|')}|`;
    return `${title}\n\n${head}\n${s.rows.map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n')}`;
}
function traceBlock(f) {
    if (!f.trace || f.trace.length === 0)
        return '';
    const steps = f.trace.map((s) => `${s.location.file}:${s.location.line}  ${s.note}`).join('\n');
    return `**${escapeMarkdown(f.ruleId)}** — ${escapeMarkdown(f.message)}\n\n${codeBlock(steps)}`;
}
function renderSuppressed(findings) {
    const suppressed = findings.filter((f) => f.suppressed);
    if (suppressed.length === 0)
        return '';
    const rows = suppressed.map((f) => `| ${escapeMarkdown(f.suppressed.kind)} | ${ruleLink(f)} | ${where(f)} | ${escapeMarkdown(f.suppressed.reason)} |`);
    return `<details><summary>Suppressed or approved (${suppressed.length})</summary>\n\n| Kind | Rule | Where | Reason |\n|---|---|---|---|\n${rows.join('\n')}\n\n</details>`;
}
function titleLine(result, options) {
    const counts = countBySeverity(activeFindings(result.findings));
    const parts = ['error', 'warning', 'notice'].filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}`);
    const icon = options.verdict.failed ? '❌' : parts.length ? '⚠️' : '✅';
    return `${icon} ${result.guard}: ${parts.length ? parts.join(', ') : 'no findings'}`;
}
function memo(n, make) {
    const cache = new Array(n);
    return (i) => (cache[i] ??= make(i));
}
const SEP = '\n\n';
function piecesOf(result, options, marker) {
    const active = changedFirst([...activeFindings(result.findings)].sort(compareFindings), options.changed);
    const head = [];
    if (marker)
        head.push(marker);
    head.push(`## ${titleLine(result, options)}`);
    head.push(`${escapeMarkdown(result.headline)}\n\n**Verdict:** ${escapeMarkdown(options.verdict.reason)}`);
    const tail = [];
    const suppressed = renderSuppressed(result.findings);
    if (suppressed)
        tail.push(suppressed);
    for (const note of options.runNotes ?? [])
        tail.push(`> ${escapeMarkdown(note)}`);
    tail.push(`<sub>Bickford ${escapeMarkdown(options.version)} · fail-on: ${options.verdict.failOn}</sub>`);
    return {
        head,
        count: active.length,
        row: memo(active.length, (i) => findingRow(active[i])),
        trace: memo(active.length, (i) => traceBlock(active[i])),
        sections: (result.sections ?? []).map(renderSection),
        tail,
    };
}
function overflowNote(hidden, options) {
    const pointer = options.fullReportUrl ? ` [The full report](${linkTarget(options.fullReportUrl)}) has all of them.` : ' The JSON report has all of them.';
    return `_${hidden} more finding(s) not shown here._${pointer}`;
}
const range = (n) => Array.from({ length: n }, (_, i) => i);
function assemble(p, rows, details, options) {
    const out = [...p.head];
    if (p.count > 0) {
        out.push(`${TABLE_HEAD}\n${range(rows).map(p.row).join('\n')}`);
        if (rows < p.count)
            out.push(overflowNote(p.count - rows, options));
    }
    if (details) {
        out.push(...p.sections);
        const traces = range(rows).map(p.trace).filter(Boolean);
        if (traces.length)
            out.push(`### Traces${SEP}${traces.join(SEP)}`);
    }
    out.push(...p.tail);
    return `${out.join(SEP)}\n`;
}
const TABLE_HEAD = '| Severity | Rule | Where | Message |\n|---|---|---|---|';
/**
 * The largest rendering that fits: as many rows as fit with details, else without; rows are added in order
 * while their size still fits, so only the rows shown are ever escaped.
 */
function fit(result, options, size, max, cut, marker) {
    const p = piecesOf(result, options, marker);
    const sep = size(SEP);
    const sum = (parts) => parts.reduce((n, part) => n + size(part), 0) + sep * Math.max(0, parts.length - 1);
    // Room kept for the overflow note, whatever the count in it, while rows are left out.
    const reserve = sep + size(overflowNote(p.count, options));
    for (const details of [true, false]) {
        // Counted exactly (a comment may be exactly at the limit): the table head and its line break, then each
        // row with the line break before it but the first, and the Traces heading once, with the first trace.
        let used = sum([...p.head, ...(details ? p.sections : []), ...p.tail]) + 1 + (p.count > 0 ? sep + size(TABLE_HEAD) + 1 : 0);
        let rows = 0;
        let traced = false;
        while (rows < p.count) {
            const trace = details ? p.trace(rows) : '';
            const cost = size(p.row(rows)) + (rows > 0 ? 1 : 0) + (trace ? size(trace) + sep + (traced ? 0 : sep + size('### Traces')) : 0);
            if (used + cost + (rows + 1 < p.count ? reserve : 0) > max)
                break;
            used += cost;
            rows++;
            if (trace)
                traced = true;
        }
        const out = assemble(p, rows, details, options);
        if (size(out) <= max && (rows > 0 || p.count === 0 || !details))
            return out;
    }
    // Even the head alone is too long (a giant headline): cut the text itself, in the limit's own unit.
    return `${cut(assemble(p, 0, false, options), max - 1)}\n`;
}
/** The job summary: the full table, sections and traces, under 1 MiB. */
function reportSummary(result, options) {
    return { output: fit(result, options, (s) => Buffer.byteLength(s, 'utf8'), SUMMARY_LIMIT_BYTES, truncateBytes) };
}
/** The sticky PR comment: the same content, found again by its hidden marker, within 65,536 code points. */
function reportComment(result, options) {
    return { output: fit(result, options, codePoints, COMMENT_LIMIT_CODE_POINTS, truncateCodePoints, commentMarker(result.guard, options.stickyKey)) };
}

;// CONCATENATED MODULE: ./shared/github/publish-api.ts


/** The job token's comments are the Actions app's; a personal access token's are its owner's (type User). */
const ACTIONS_BOT = 'github-actions[bot]';
/**
 * Whose comments the token writes: GET /user answers for a personal access token (its owner, type User); an
 * installation token (the job's GITHUB_TOKEN) is refused there and writes as github-actions[bot].
 */
async function tokenLogin(client) {
    try {
        const me = await client.request('GET', '/user');
        return me.login ?? ACTIONS_BOT;
    }
    catch (e) {
        if (e instanceof GitHubApiError && (e.status === 401 || e.status === 403 || e.status === 404))
            return ACTIONS_BOT;
        throw e;
    }
}
/**
 * One comment per guard and key per PR: found again by its hidden marker and edited in place, but only when
 * the token wrote it; anyone can paste the marker into a comment of their own, and another app's is not ours.
 */
async function upsertStickyComment(client, ref, pr, guard, body, key) {
    const marker = commentMarker(guard, key);
    const comments = await client.paginate(`/repos/${ref.owner}/${ref.repo}/issues/${pr}/comments`);
    const marked = comments.filter((c) => c.body?.split('\n', 1)[0] === marker);
    let leftAlone;
    if (marked.length > 0) {
        const me = await tokenLogin(client);
        const mine = marked.find((c) => c.user?.login === me);
        if (mine) {
            await client.request('PATCH', `/repos/${ref.owner}/${ref.repo}/issues/comments/${mine.id}`, { body });
            return { action: 'updated' };
        }
        const other = marked.find((c) => c.user?.type === 'Bot') ?? marked[0];
        leftAlone = { id: other.id, login: other.user?.login ?? 'unknown' };
    }
    await client.request('POST', `/repos/${ref.owner}/${ref.repo}/issues/${pr}/comments`, { body });
    return { action: 'created', ...(leftAlone ? { leftAlone } : {}) };
}
/** Creates the check run with the first 50 annotations, then adds the rest 50 at a time. */
async function publishCheckRun(client, ref, headSha, plan) {
    const output = (annotations) => ({ title: plan.title, summary: plan.summary, ...(plan.text ? { text: plan.text } : {}), annotations });
    const created = await client.request('POST', `/repos/${ref.owner}/${ref.repo}/check-runs`, {
        name: plan.name,
        head_sha: headSha,
        status: 'completed',
        conclusion: plan.conclusion,
        output: output(plan.batches[0] ?? []),
    });
    for (const batch of plan.batches.slice(1)) {
        await client.request('PATCH', `/repos/${ref.owner}/${ref.repo}/check-runs/${created.id}`, { output: output(batch) });
    }
    return created.id;
}
async function postCommitStatus(client, ref, sha, status) {
    await client.request('POST', `/repos/${ref.owner}/${ref.repo}/statuses/${sha}`, { ...status, description: status.description.slice(0, 140) });
}
/** The statuses of a commit, newest first as the API lists them (GET /repos/{owner}/{repo}/commits/{ref}/statuses). */
async function listCommitStatuses(client, ref, sha) {
    const rows = await client.paginate(`/repos/${ref.owner}/${ref.repo}/commits/${sha}/statuses`, 10);
    return rows.map((r) => ({ context: r.context, state: r.state, description: r.description, createdAt: r.created_at, creator: r.creator?.login }));
}
/** The pull request itself: for issue_comment and workflow_dispatch events, whose payload has no head. */
async function getPull(client, ref, pr) {
    return client.request('GET', `/repos/${ref.owner}/${ref.repo}/pulls/${pr}`);
}

;// CONCATENATED MODULE: ./shared/reporters/annotations.ts



/** GitHub shows at most this many annotations of each severity per step; the rest are dropped silently. */
const ANNOTATIONS_PER_SEVERITY = 10;
const COMMAND = { error: 'error', warning: 'warning', notice: 'notice' };
/** A finding as one workflow command, every property and the data escaped so nothing can inject a command. */
function annotationCommand(f, guard) {
    const a = toAnnotation(f, guard);
    return formatCommand(a.command, a.properties, a.message);
}
function toAnnotation(f, guard) {
    const props = { title: '' };
    if (f.location) {
        props.file = f.location.file;
        props.line = f.location.line;
        if (f.location.endLine)
            props.endLine = f.location.endLine;
        props.col = f.location.column;
        if (f.location.endColumn && (!f.location.endLine || f.location.endLine === f.location.line))
            props.endColumn = f.location.endColumn;
    }
    props.title = `${guard}: ${f.ruleId}`;
    const lines = [f.message];
    if (f.trace && f.trace.length > 0)
        lines.push(f.trace.map((s) => `${s.location.file}:${s.location.line}`).join(' → '));
    if (f.help)
        lines.push(f.help);
    return { command: COMMAND[f.severity], properties: props, message: lines.join('\n') };
}
/**
 * Workflow-command annotations: errors first, findings in changed files before others, at most ten of each
 * severity, then one notice counting what was not shown (so nothing disappears without a word). A failing
 * verdict keeps one error slot for the step's final verdict line, which comes after these.
 */
function planAnnotations(result, options) {
    const sorted = changedFirst([...activeFindings(result.findings)].sort(compareFindings), options.changed).sort((a, b) => rank(a.severity) - rank(b.severity));
    const total = { error: 0, warning: 0, notice: 0 };
    for (const f of sorted)
        total[f.severity]++;
    const overflows = total.error > ANNOTATIONS_PER_SEVERITY - (options.verdict.failed ? 1 : 0) || total.warning > ANNOTATIONS_PER_SEVERITY || total.notice > ANNOTATIONS_PER_SEVERITY;
    // When anything is cut, one notice slot is kept for the line that says so.
    const limit = {
        error: options.verdict.failed ? ANNOTATIONS_PER_SEVERITY - 1 : ANNOTATIONS_PER_SEVERITY,
        warning: ANNOTATIONS_PER_SEVERITY,
        notice: overflows ? ANNOTATIONS_PER_SEVERITY - 1 : ANNOTATIONS_PER_SEVERITY,
    };
    const shown = { error: 0, warning: 0, notice: 0 };
    const planned = [];
    let hidden = 0;
    for (const f of sorted) {
        if (shown[f.severity] >= limit[f.severity]) {
            hidden++;
            continue;
        }
        shown[f.severity]++;
        planned.push(toAnnotation(f, result.guard));
    }
    if (hidden > 0) {
        const where = options.fullReportUrl ? ` See ${options.fullReportUrl}` : ' See the job summary';
        const message = `${hidden} more finding(s) not shown as annotations (GitHub shows ${ANNOTATIONS_PER_SEVERITY} per severity).${where} for all of them.`;
        planned.push({ command: 'notice', properties: { title: `${result.guard}: more findings` }, message });
    }
    return planned;
}
/** The annotations as workflow-command text (the CLI's `--format github`). */
function reportAnnotations(result, options) {
    const lines = planAnnotations(result, options).map((a) => formatCommand(a.command, a.properties, a.message));
    return { output: lines.length ? `${lines.join('\n')}\n` : '' };
}
function rank(s) {
    return s === 'error' ? 0 : s === 'warning' ? 1 : 2;
}

;// CONCATENATED MODULE: ./shared/reporters/check-run.ts




/** The Checks API takes at most 50 annotations per request. */
const CHECK_RUN_BATCH = 50;
/**
 * Annotations sent to a check run: each batch of 50 is one content-creating request, and GitHub's secondary
 * limits allow 80 of those a minute for the whole token, shared with the comment and the other guards. Ten
 * requests per guard leaves room; the rest are counted in the check run's text (all are in SARIF and JSON).
 */
const CHECK_RUN_MAX_ANNOTATIONS = 500;
const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' };
function check_run_toAnnotation(f) {
    const { file, line, column, endLine, endColumn } = f.location;
    const sameLine = !endLine || endLine === line;
    return {
        path: file,
        start_line: line,
        end_line: endLine ?? line,
        // The API accepts columns only on single-line annotations.
        ...(sameLine ? { start_column: column, end_column: endColumn ?? column } : {}),
        annotation_level: LEVEL[f.severity],
        message: cutToBytes(f.help ? `${f.message}\n\n${f.help}` : f.message, LIMITS.annotationBytes, () => '(cut at 64 KB: the SARIF and JSON reports have the whole message)'),
        title: truncateBytes(f.ruleId, LIMITS.annotationTitleChars),
        ...(f.trace && f.trace.length
            ? {
                raw_details: cutToBytes(f.trace.map((s) => `${s.location.file}:${s.location.line}  ${s.note}`).join('\n'), LIMITS.annotationBytes, (line) => `(cut at line ${line}: the SARIF report's code flow has every step)`),
            }
            : {}),
    };
}
/** Everything the check run will carry, decided without touching the network. */
function planCheckRun(result, options, summaryMarkdown) {
    const located = changedFirst([...activeFindings(result.findings)].sort(compareFindings), options.changed).filter((f) => Boolean(f.location));
    const annotations = located.slice(0, CHECK_RUN_MAX_ANNOTATIONS).map(check_run_toAnnotation);
    const notSent = activeFindings(result.findings).length - annotations.length;
    const where = options.fullReportUrl ? `the job summary (${options.fullReportUrl})` : 'the job summary';
    const text = notSent > 0
        ? `${notSent} finding(s) are not annotations on this check run: ${located.length > annotations.length ? `annotations stop at ${CHECK_RUN_MAX_ANNOTATIONS}, to stay within GitHub's limits on content-creating requests` : 'they have no file and line'}${located.length > annotations.length && located.length < activeFindings(result.findings).length ? ', and some have no file and line' : ''}. Every finding is in ${where}, the JSON report and the SARIF file.`
        : undefined;
    const batches = [];
    for (let i = 0; i < annotations.length; i += CHECK_RUN_BATCH)
        batches.push(annotations.slice(i, i + CHECK_RUN_BATCH));
    const hasFindings = activeFindings(result.findings).length > 0;
    return {
        name: `bickford/${result.guard}${options.stickyKey ? ` (${options.stickyKey})` : ''}`,
        conclusion: options.verdict.failed ? 'failure' : hasFindings ? 'neutral' : 'success',
        title: titleLine(result, options).replace(/^\S+ /, ''),
        // The Checks API caps the summary at 65,535.
        summary: cutToBytes(summaryMarkdown, LIMITS.checkRunTextBytes, (line) => `\n_(cut at line ${line}: the job summary has the whole report)_`),
        ...(text ? { text } : {}),
        batches,
    };
}

;// CONCATENATED MODULE: ./shared/reporters/json.ts

/** The version of the report's shape; the publisher (fork-safe reporting) refuses any other. */
const REPORT_SCHEMA_VERSION = 'bickford-report/v1';
function toJsonReport(result, options) {
    return {
        schema: REPORT_SCHEMA_VERSION,
        guard: result.guard,
        version: options.version,
        headline: result.headline,
        verdict: options.verdict,
        counts: countBySeverity(activeFindings(result.findings)),
        findings: result.findings,
        outputs: result.outputs,
        sections: result.sections ?? [],
        data: result.data ?? {},
    };
}
function reportJson(result, options) {
    return { output: `${JSON.stringify(toJsonReport(result, options), null, 2)}\n` };
}

;// CONCATENATED MODULE: ./shared/reporters/sarif.ts


const sarif_LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** GitHub code scanning refuses a thread flow of more than 10,000 locations. */
const SARIF_MAX_FLOW_LOCATIONS = 10_000;
/**
 * A repository-relative path as a URI reference (RFC 3986): each segment percent-encoded, so `#`, `?`, `%`
 * and spaces in a file name stay part of the path instead of starting a fragment or a query.
 */
function sarifUri(file) {
    return file
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
function physical(loc) {
    const region = { startLine: Math.max(1, loc.line), startColumn: Math.max(1, loc.column) };
    if (loc.endLine)
        region.endLine = loc.endLine;
    if (loc.endColumn)
        region.endColumn = loc.endColumn;
    return { physicalLocation: { artifactLocation: { uri: sarifUri(loc.file), uriBaseId: '%SRCROOT%' }, region } };
}
/** `ban-drop-table` as `BanDropTable`: SARIF's rule name is a readable identifier distinct from the id. */
function ruleName(id) {
    const name = id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
    return name && name !== id ? name : `${id}Rule`;
}
function rulesOf(findings) {
    const byId = new Map();
    for (const f of findings)
        if (!byId.has(f.ruleId))
            byId.set(f.ruleId, f);
    return [...byId.values()]
        .sort((a, b) => compareStrings(a.ruleId, b.ruleId))
        .map((f) => {
        const summary = f.category ? `${f.category}: ${f.ruleId}` : f.ruleId;
        const help = f.help ?? f.message;
        return {
            id: f.ruleId,
            name: ruleName(f.ruleId),
            shortDescription: { text: summary },
            fullDescription: { text: f.help ? `${summary}. ${f.help}` : summary },
            ...(f.docsUrl ? { helpUri: f.docsUrl } : {}),
            // Code scanning renders help.markdown: the text is escaped there as in every other Markdown output.
            help: { text: help, ...(f.docsUrl ? { markdown: `${escapeMarkdown(help)}\n\n[Rule documentation](${encodeURI(f.docsUrl).replace(/[()]/g, encodeURIComponent)})` } : {}) },
            defaultConfiguration: { level: sarif_LEVEL[f.severity] },
            properties: f.category ? { tags: [f.category] } : {},
        };
    });
}
function codeFlow(f) {
    const steps = f.trace ?? [];
    const shown = steps.length > SARIF_MAX_FLOW_LOCATIONS ? steps.slice(0, SARIF_MAX_FLOW_LOCATIONS - 1) : steps;
    const locations = shown.map((s) => ({ location: { ...physical(s.location), message: { text: s.note || `${s.location.file}:${s.location.line}` } } }));
    if (shown.length < steps.length) {
        const last = steps[steps.length - 1];
        // The last step stays (it is where the flow ends); the note counts what was left out before it.
        locations.push({ location: { ...physical(last.location), message: { text: `${steps.length - shown.length - 1} more step(s) not shown (GitHub takes ${SARIF_MAX_FLOW_LOCATIONS} per flow); then: ${last.note}` } } });
    }
    return [{ message: { text: f.message }, threadFlows: [{ locations }] }];
}
/**
 * SARIF 2.1.0, one run per action; traces become code flows, suppressions are kept with their reason. A finding
 * about the repository as a whole points at `options.repositoryFile` (the file that decides it: the config, or
 * the guard's main input), since code scanning drops a result without a location.
 */
function reportSarif(result, options) {
    const rules = rulesOf(result.findings);
    const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
    const fallback = { file: options.repositoryFile ?? '.bickford.yml', line: 1, column: 1 };
    const results = result.findings.map((f) => ({
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId),
        level: sarif_LEVEL[f.severity],
        message: { text: f.message },
        locations: [physical(f.location ?? fallback)],
        partialFingerprints: { 'bickford/v1': f.fingerprint },
        ...(f.trace && f.trace.length > 0 ? { codeFlows: codeFlow(f) } : {}),
        // Found at the base too (new-code mode): unchanged, not dismissed; a baseline file is a suppression kept outside the source.
        ...(f.suppressed?.kind === 'existing'
            ? { baselineState: 'unchanged' }
            : f.suppressed
                ? { suppressions: [{ kind: f.suppressed.kind === 'baseline' ? 'external' : 'inSource', status: 'accepted', justification: `${f.suppressed.kind}: ${f.suppressed.reason}` }] }
                : {}),
        ...(f.properties ? { properties: f.properties } : {}),
    }));
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: `bickford-${result.guard}`,
                        informationUri: 'https://github.com/bickford/actions',
                        version: options.version,
                        rules,
                    },
                },
                automationDetails: { id: `bickford/${result.guard}/` },
                results,
            },
        ],
    };
    return { output: `${JSON.stringify(sarif, null, 2)}\n` };
}

;// CONCATENATED MODULE: ./shared/github/failure.ts

const FORK_HELP = 'https://github.com/bickford/actions/blob/main/docs/distribution.md#fork-safe-reporting';
const TLS = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/i;
/**
 * Why a write did not happen, in the words a person can act on: the rate limit and when it resets, the
 * permission to grant, a read-only fork token, a DNS or TLS failure, a timeout, or what GitHub said.
 */
function describeApiFailure(e, what, permission, context = {}) {
    if (!(e instanceof GitHubApiError))
        return `Could not ${what}: ${e?.message ?? String(e)}.`;
    const net = e.networkCause;
    if (net) {
        const code = net.code ?? '';
        if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
            return `Could not ${what}: the API host's name did not resolve (DNS, ${code}): check GITHUB_API_URL and the runner's DNS or proxy settings (HTTPS_PROXY, NO_PROXY).`;
        if (TLS.test(code) || TLS.test(net.message))
            return `Could not ${what}: the TLS connection to the API failed (${code || net.message}): behind an inspecting proxy, give the runner its CA with NODE_EXTRA_CA_CERTS.`;
        if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT')
            return `Could not ${what}: the API did not answer in time (${net.message}), retries included.`;
        if (code === 'ECONNREFUSED' || code === 'ECONNRESET')
            return `Could not ${what}: the connection to the API was ${code === 'ECONNREFUSED' ? 'refused' : 'reset'} (${code}), retries included: check GITHUB_API_URL and the proxy settings.`;
        return `Could not ${what}: the API could not be reached (${net.message}${code ? `, ${code}` : ''}), retries included.`;
    }
    const message = apiMessage(e.body);
    if (e.isRateLimit) {
        const reset = Number(e.headers['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0 ? ` It resets at ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC.` : '';
        const retryAfter = e.headers['retry-after'] ? ` GitHub asked to wait ${e.headers['retry-after']} s, longer than this step waits.` : '';
        const secondary = /secondary/i.test(message) ? 'secondary rate limit (too many writes in a short time)' : 'API rate limit';
        return `Could not ${what}: GitHub's ${secondary} was hit (HTTP ${e.status}).${retryAfter}${when}`;
    }
    if (e.status === 401)
        return `Could not ${what}: the token is not valid (HTTP 401: ${message || 'Bad credentials'}): it may have expired or been revoked.`;
    if (e.status === 403 || e.status === 404) {
        const fork = context.fromFork ? ` This is a pull request from a fork, whose token is read-only: see ${FORK_HELP} for the report/publish pattern.` : '';
        return `Could not ${what}: the token lacks a permission (HTTP ${e.status}${message ? `: ${message}` : ''}). Grant \`${permission}\` in the workflow's permissions.${fork}`;
    }
    if (e.status === 422)
        return `Could not ${what}: GitHub refused the request as invalid (HTTP 422${message ? `: ${message}` : ''}).`;
    if (e.status >= 500)
        return `Could not ${what}: GitHub answered HTTP ${e.status} on every attempt (retries included)${message ? `: ${message}` : ''}.`;
    return `Could not ${what}: GitHub answered HTTP ${e.status}${message ? `: ${message}` : ''}.`;
}
function apiMessage(body) {
    try {
        const parsed = JSON.parse(body);
        if (typeof parsed === 'string')
            return apiMessage(parsed);
        return typeof parsed?.message === 'string' ? parsed.message.slice(0, 200) : '';
    }
    catch {
        return body.slice(0, 200);
    }
}

;// CONCATENATED MODULE: ./shared/github/publish.ts











/**
 * A write the token may not be allowed to make: a failure becomes a note naming the real cause, never a failed
 * step. Notes are log lines and summary lines, not warning annotations: the step's ten warning slots are for
 * findings.
 */
async function attemptWrite(what, permission, logger, notes, fromFork, fn) {
    try {
        await fn();
    }
    catch (e) {
        const note = `${describeApiFailure(e, what, permission, { fromFork })} The verdict still comes from the findings.`;
        logger.info(note);
        notes.push(note);
    }
}
/** Every output of a run: API writes first (their failures become notes), then files, outputs, summary and annotations. */
async function publishResult(target) {
    const { result, common, runner, client, logger } = target;
    const notes = [...(target.options.runNotes ?? [])];
    const options = () => ({ ...target.options, runNotes: notes });
    const ref = runner.owner && runner.repo ? { owner: runner.owner, repo: runner.repo } : undefined;
    let anchorFailure;
    const key = target.options.stickyKey;
    if (common.mode === 'check' && client && ref) {
        if (common.comment && runner.prNumber) {
            await attemptWrite('update the pull-request comment', 'pull-requests: write', logger, notes, runner.fromFork, async () => {
                const outcome = await upsertStickyComment(client, ref, runner.prNumber, result.guard, reportComment(result, options()).output, key);
                if (outcome.leftAlone) {
                    const note = `A comment with this guard's marker by ${outcome.leftAlone.login} (not this token) was left alone; a new comment was posted.`;
                    logger.info(note);
                    notes.push(note);
                }
            });
        }
        const headSha = runner.headSha ?? runner.run.sha;
        if (common.checkRun && headSha) {
            await attemptWrite('create the check run', 'checks: write', logger, notes, runner.fromFork, () => publishCheckRun(client, ref, headSha, planCheckRun(result, options(), reportSummary(result, options()).output)));
        }
        const status = result.data?.commitStatus;
        if (status && headSha) {
            const before = notes.length;
            const { required, ...body } = status;
            await attemptWrite('post the commit status', 'statuses: write', logger, notes, runner.fromFork, () => postCommitStatus(client, ref, headSha, { ...body, target_url: body.target_url ?? runner.runUrl }));
            // A status the step exists to leave (ledger-record's anchored head) is not optional.
            if (required && notes.length > before)
                anchorFailure = notes[notes.length - 1].replace(/ The verdict still comes from the findings\.$/, '');
        }
    }
    else if (common.mode === 'check' && !client && (common.comment || common.checkRun) && runner.prNumber) {
        notes.push('No github-token was given: no comment or check run was posted.');
    }
    const reportedStatus = result.data?.commitStatus;
    if (common.mode === 'report' && reportedStatus?.required) {
        // mode: report makes no API writes: the anchor travels in the report's data, and bickford/publish posts it.
        const note = `mode: report: the ${reportedStatus.context} status (${reportedStatus.description}) was not posted; it is in the report for bickford/publish to post. Until it is, a deploy of this commit is refused for want of an anchored head.`;
        logger.info(note);
        notes.push(note);
    }
    const reportPath = external_node_path_.resolve(runner.workspace, common.reportPath ?? target.defaultReportPath);
    writeFile(reportPath, reportJson(result, options()).output);
    if (common.sarifFile)
        writeFile(external_node_path_.resolve(runner.workspace, common.sarifFile), reportSarif(result, options()).output);
    for (const [name, value] of Object.entries(result.outputs))
        setOutput(name, value);
    setOutput('report-path', reportPath);
    setOutput('verdict', target.options.verdict.failed ? 'fail' : 'pass');
    if (runner.summaryPath)
        external_node_fs_.appendFileSync(runner.summaryPath, reportSummary(result, options()).output);
    for (const a of planAnnotations(result, options())) {
        const { file, line, endLine, col, endColumn, title } = a.properties;
        workflow_commands_namespaceObject[a.command](a.message, { title, file, startLine: line, endLine, startColumn: col, endColumn });
    }
    if (anchorFailure)
        throw new errors/* ConfigurationError */.j1(`The required commit status was not posted, so this step left no trace outside the database: ${anchorFailure}`);
}
function writeFile(file, content) {
    external_node_fs_.mkdirSync(external_node_path_.dirname(file), { recursive: true });
    external_node_fs_.writeFileSync(file, content);
}

;// CONCATENATED MODULE: ./shared/github/pull-head.ts

function withPull(runner, pr) {
    return {
        ...runner,
        prNumber: pr.number,
        headSha: pr.head.sha,
        baseSha: pr.base.sha,
        labels: Array.isArray(pr.labels) ? pr.labels.map((l) => String(l.name ?? '')).filter(Boolean) : runner.labels,
        fromFork: Boolean(pr.head.repo?.full_name && pr.base.repo?.full_name && pr.head.repo.full_name !== pr.base.repo.full_name),
        run: { ...runner.run, sha: pr.head.sha, ref: pr.head.ref ?? runner.run.ref },
    };
}
/**
 * An `issue_comment` on a pull request and a `workflow_dispatch` run on a PR's branch carry no head commit:
 * GITHUB_SHA is the default branch's (or the branch's) tip, not what the PR would merge. The PR is asked for
 * its head and base so the guard checks the PR's commit and the reports land on it. Without a token, or when
 * the API cannot answer, it says so and the run goes on with what the event gave.
 */
async function resolvePullHead(runner, client, logger, env = process.env) {
    const wantsLookup = (runner.eventName === 'issue_comment' && runner.prNumber !== undefined && !runner.headSha) || (runner.eventName === 'workflow_dispatch' && !runner.headSha);
    if (!wantsLookup || !runner.owner || !runner.repo)
        return runner;
    if (!client) {
        logger.warning(`A ${runner.eventName} event does not name the pull request's head commit, and no github-token was given to ask the API: checking ${runner.run.sha ?? 'GITHUB_SHA'} instead.`);
        return runner;
    }
    const ref = { owner: runner.owner, repo: runner.repo };
    try {
        if (runner.eventName === 'issue_comment')
            return withPull(runner, await getPull(client, ref, runner.prNumber));
        const branch = env.GITHUB_REF_NAME ?? (env.GITHUB_REF ?? '').replace(/^refs\/heads\//, '');
        if (!branch || !(env.GITHUB_REF ?? 'refs/heads/').startsWith('refs/heads/'))
            return runner;
        const open = await client.request('GET', `/repos/${ref.owner}/${ref.repo}/pulls?state=open&head=${encodeURIComponent(`${ref.owner}:${branch}`)}&per_page=100`);
        // The PR's head must be the commit this run checked out; a branch that moved since is not that PR's state.
        const match = open.filter((pr) => pr.head.sha === runner.run.sha);
        return match.length === 1 ? withPull(runner, match[0]) : runner;
    }
    catch (e) {
        logger.warning(`Could not ask the API for the pull request's head commit (${e.message}): checking ${runner.run.sha ?? 'GITHUB_SHA'} instead.`);
        return runner;
    }
}

;// CONCATENATED MODULE: ./shared/github/runner-env.ts



const API_TIMEOUT_ENV = 'BICKFORD_API_TIMEOUT_SECONDS';
function apiTimeoutMs(raw) {
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const seconds = Number(raw);
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) {
        throw new errors/* ConfigurationError */.j1(`${API_TIMEOUT_ENV} must be a number of seconds above 0 and at most 600 (got '${raw}'); unset, each API request may take 30 s.`);
    }
    return seconds * 1000;
}
function readRunnerEnv(env = process.env) {
    let event = {};
    if (env.GITHUB_EVENT_PATH && external_node_fs_.existsSync(env.GITHUB_EVENT_PATH)) {
        try {
            event = JSON.parse(external_node_fs_.readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            event = {};
        }
    }
    const pr = event.pull_request;
    const repository = env.GITHUB_REPOSITORY;
    const [owner, repo] = repository ? repository.split('/') : [];
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const run = {
        sha: pr?.head?.sha ?? env.GITHUB_SHA,
        ref: pr?.head?.ref ?? env.GITHUB_HEAD_REF ?? env.GITHUB_REF_NAME ?? env.GITHUB_REF,
        runId: env.GITHUB_RUN_ID,
        runAttempt: env.GITHUB_RUN_ATTEMPT,
        workflow: env.GITHUB_WORKFLOW,
        actor: env.GITHUB_ACTOR,
        eventName: env.GITHUB_EVENT_NAME,
    };
    return {
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        repository,
        owner,
        repo,
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        serverUrl,
        eventName: env.GITHUB_EVENT_NAME,
        event,
        prNumber: pr?.number ?? (event.issue?.pull_request ? event.issue.number : undefined),
        baseSha: pr?.base?.sha,
        headSha: pr?.head?.sha,
        labels: Array.isArray(pr?.labels) ? pr.labels.map((l) => String(l.name ?? '')).filter(Boolean) : [],
        fromFork: Boolean(pr && pr.head?.repo && pr.base?.repo && pr.head.repo.full_name !== pr.base.repo.full_name),
        run,
        summaryPath: env.GITHUB_STEP_SUMMARY,
        tempDir: env.RUNNER_TEMP ?? external_node_os_namespaceObject.tmpdir(),
        runUrl: repository && env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
        apiTimeoutMs: apiTimeoutMs(env[API_TIMEOUT_ENV]),
    };
}

;// CONCATENATED MODULE: ./shared/changes/translate.ts
/**
 * Repository-relative changes seen from a guard root at `prefix` (`monorepo/`): files under it lose the
 * prefix, files outside it are dropped; a rename across the boundary is an add or a delete on our side.
 */
function intoGuardRoot(files, prefix) {
    if (prefix === '')
        return [...files];
    const inside = (p) => p !== undefined && p.startsWith(prefix);
    const out = [];
    for (const f of files) {
        const strip = (p) => p.slice(prefix.length);
        if (f.status === 'renamed' && inside(f.previousPath) !== inside(f.path)) {
            if (inside(f.path))
                out.push({ path: strip(f.path), status: 'added' });
            else
                out.push({ path: strip(f.previousPath), status: 'deleted' });
            continue;
        }
        if (!inside(f.path))
            continue;
        out.push({ ...f, path: strip(f.path), ...(f.previousPath ? { previousPath: strip(f.previousPath) } : {}) });
    }
    return out;
}
/** A guard-root path as the repository names it: what annotations, check runs, SARIF and reports carry. */
function toRepoPath(rel, prefix) {
    if (prefix && (rel === '.' || rel === ''))
        return prefix.replace(/\/$/, ''); // the guard root itself
    return prefix ? `${prefix}${rel}` : rel;
}

;// CONCATENATED MODULE: ./shared/changes/repo-paths.ts

/**
 * Engines speak guard-root-relative paths (their RepoFs is rooted at `working-directory`); everything that
 * leaves the guard (annotations, check runs, SARIF, JSON, comments, summaries) speaks repository-relative ones,
 * which is what GitHub places annotations and code-scanning results by, and what a reader finds in the repository.
 * This is the one place that translates, for the whole result:
 * - findings: every location, trace step and suppression location;
 * - `data`: the fields the guard declares in `dataPaths` (its GuardDefinition);
 * - the headline, the sections and the findings' messages (text for people): every word that is one of the paths
 *   above (a finding's file or a declared data path), e.g. `prisma/schema.prisma` or `src/db.ts:3`. A path with a
 *   space or a colon is left as it is there (the JSON's data and locations still carry it translated).
 * Fingerprints were computed by the engine from guard-root paths, so baselines do not depend on the prefix.
 */
function withRepoPaths(result, prefix, dataPaths = []) {
    if (!prefix)
        return result;
    const known = new Set();
    const repo = (rel) => {
        known.add(rel);
        return toRepoPath(rel, prefix);
    };
    const loc = (l) => (l ? { ...l, file: repo(l.file) } : l);
    const finding = (f) => ({
        ...f,
        location: loc(f.location),
        ...(f.trace ? { trace: f.trace.map((t) => ({ ...t, location: loc(t.location) })) } : {}),
        ...(f.suppressed?.location ? { suppressed: { ...f.suppressed, location: loc(f.suppressed.location) } } : {}),
    });
    const located = result.findings.map(finding);
    const data = result.data && dataPaths.length > 0 ? translateAt(result.data, dataPaths, repo) : result.data;
    // '.' is a folder name in data (the guard root itself), never a word to rewrite in prose.
    known.delete('.');
    known.delete('');
    const word = (w) => {
        if (known.has(w))
            return toRepoPath(w, prefix);
        // A sentence may end right after a path: `… in prisma/schema.prisma.`
        const bare = w.replace(/\.+$/, '');
        return bare !== w && known.has(bare) ? `${toRepoPath(bare, prefix)}${w.slice(bare.length)}` : w;
    };
    const text = (s) => (known.size === 0 ? s : s.replace(WORD, word));
    return {
        ...result,
        findings: located.map((f) => ({ ...f, message: text(f.message) })),
        headline: text(result.headline),
        ...(result.sections ? { sections: result.sections.map((s) => translateSection(s, text)) } : {}),
        ...(data ? { data } : {}),
    };
}
/** A run of characters that can be a path in prose: stops at spaces, quotes, brackets, commas and colons (`file:line`). */
const WORD = /[^\s'"`()[\]{}<>,:;]+/g;
function translateSection(s, text) {
    const title = text(s.title);
    if (s.kind === 'code')
        return { ...s, title, code: text(s.code) };
    if (s.kind === 'text')
        return { ...s, title, lines: s.lines.map(text) };
    const cell = (c) => (typeof c === 'string' ? text(c) : { code: text(c.code) });
    return { ...s, title, rows: s.rows.map((r) => r.map(cell)) };
}
/**
 * Translates the strings at each dotted pattern (`chains.*.hops.*.file`: `*` is every element of a list or
 * value of an object). A pattern that names nothing in this result (an optional field) translates nothing.
 */
function translateAt(value, patterns, repo) {
    let out = value;
    for (const p of patterns)
        out = walk(out, p.split('.'), repo);
    return out;
}
function walk(value, segments, repo) {
    if (segments.length === 0)
        return typeof value === 'string' ? repo(value) : value;
    const [head, ...rest] = segments;
    if (Array.isArray(value))
        return head === '*' ? value.map((v) => walk(v, rest, repo)) : value;
    if (value === null || typeof value !== 'object')
        return value;
    const obj = value;
    if (head === '*')
        return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, walk(v, rest, repo)]));
    if (!(head in obj))
        return value;
    return { ...obj, [head]: walk(obj[head], rest, repo) };
}
function repoTouched(touched, prefix) {
    return touched ? new Set([...touched].map((p) => toRepoPath(p, prefix))) : undefined;
}

;// CONCATENATED MODULE: external "node:child_process"
var external_node_child_process_namespaceObject = require("node:child_process");
;// CONCATENATED MODULE: ./shared/io/git.ts



/** The directory holding `.git` (a folder, or a file in a worktree or submodule), from `dir` upwards. */
function findRepoRoot(dir) {
    for (let d = external_node_path_.resolve(dir);; d = external_node_path_.dirname(d)) {
        if (external_node_fs_.existsSync(external_node_path_.join(d, '.git')))
            return d;
        if (external_node_path_.dirname(d) === d)
            return undefined;
    }
}
/** `monorepo/` for a guard root at <repo>/monorepo, '' at the repository root, undefined outside a repository. */
function prefixOf(guardRoot) {
    const repoRoot = findRepoRoot(guardRoot);
    if (repoRoot === undefined)
        return undefined;
    const rel = external_node_path_.relative(repoRoot, external_node_path_.resolve(guardRoot)).split(external_node_path_.sep).join('/');
    return rel === '' ? '' : `${rel}/`;
}
// A fetch that hangs (a proxy that swallows the connection) must not hold the step until the job times out.
const FETCH_TIMEOUT_MS = 180_000;
class CliGitReader {
    cwd;
    prefix;
    top;
    constructor(cwd) {
        this.cwd = cwd;
        this.prefix = prefixOf(cwd);
        this.top = this.prefix === undefined ? cwd : (findRepoRoot(cwd) ?? cwd);
    }
    git(args, timeout) {
        const r = (0,external_node_child_process_namespaceObject.spawnSync)('git', args, {
            cwd: this.top,
            encoding: 'utf8',
            maxBuffer: 256 * 1024 * 1024,
            timeout,
            // GIT_TERMINAL_PROMPT=0: without persisted credentials git must fail, not wait for a password.
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' },
        });
        return { ok: r.status === 0, out: r.stdout ?? '', err: (r.stderr ?? '') + (r.error ? String(r.error.message) : '') };
    }
    full(rel) {
        return `${this.prefix ?? ''}${rel}`.replace(/\/+$/, '');
    }
    hasCommit(ref) {
        return this.git(['cat-file', '-e', `${ref}^{commit}`]).ok;
    }
    /** Repository-relative paths (the resolver translates them into the guard root). */
    changedFiles(base, head) {
        const r = this.git(['diff', '--name-status', '-z', '-M', `${base}...${head}`]);
        if (!r.ok)
            return undefined;
        const parts = r.out.split('\0').filter((p) => p !== '');
        const files = [];
        for (let i = 0; i < parts.length;) {
            const code = parts[i++];
            if (code.startsWith('R')) {
                const previousPath = parts[i++];
                files.push({ path: parts[i++], status: 'renamed', previousPath });
            }
            else {
                const status = code === 'A' ? 'added' : code === 'D' ? 'deleted' : 'modified';
                files.push({ path: parts[i++], status });
            }
        }
        return files;
    }
    show(ref, rel) {
        const r = this.git(['show', `${ref}:${this.full(rel)}`]);
        return r.ok ? r.out : undefined;
    }
    listFiles(ref, dirRel) {
        const r = this.git(['ls-tree', '-r', '--name-only', '--full-name', '-z', ref, '--', this.full(dirRel)]);
        if (!r.ok)
            return [];
        const prefix = this.prefix ?? '';
        return r.out.split('\0').filter((p) => p.startsWith(prefix) && p !== '').map((p) => p.slice(prefix.length));
    }
    mergeBase(base, head) {
        const r = this.git(['merge-base', base, head]);
        return r.ok ? r.out.trim() || undefined : undefined;
    }
    isShallow() {
        return this.git(['rev-parse', '--is-shallow-repository']).out.trim() === 'true';
    }
    fetch(refs, depth) {
        const specs = Object.entries(refs).map(([name, ref]) => `+${ref}:refs/bickford/${name}`);
        const deep = depth === 'unshallow' ? (this.isShallow() ? ['--unshallow'] : []) : [`--depth=${depth}`];
        const r = this.git(['fetch', '--no-tags', '--quiet', '--no-recurse-submodules', ...deep, 'origin', ...specs], FETCH_TIMEOUT_MS);
        return { ok: r.ok, message: r.ok ? 'fetched' : r.err.trim().split('\n').pop() || 'git fetch failed' };
    }
    resolve(ref) {
        const r = this.git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
        return r.ok ? r.out.trim() : undefined;
    }
}

// EXTERNAL MODULE: ./shared/io/repo-fs.ts
var repo_fs = __nccwpck_require__(9023);
;// CONCATENATED MODULE: ./package.json
var package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./shared/version.ts
/** The version shown in reports and SARIF: the root package's, bundled in. */

const BICKFORD_VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./shared/action/handle-error.ts

/** Exit codes shared by the action and the CLI. */
const EXIT = { ok: 0, findings: 1, configuration: 2, internal: 3 };
const ISSUES_URL = 'https://github.com/bickford/actions/issues/new';
/** The one place errors become an exit code and a message a person can act on. */
function handleError(e, logger, annotate) {
    if ((0,errors/* isConfigurationError */.p0)(e)) {
        const message = `${e.message}${e.docsUrl ? ` (see ${e.docsUrl})` : ''}`;
        if (annotate)
            annotate(message, e.location);
        else
            logger.error(e.location ? `${e.location.file}${e.location.line ? `:${e.location.line}` : ''}: ${message}` : message);
        return EXIT.configuration;
    }
    const message = `Bickford hit an internal error, which is a bug: ${(0,errors/* errorMessage */.gJ)(e)}. Please report it at ${ISSUES_URL} with this log.`;
    if (annotate)
        annotate(message);
    else
        logger.error(message);
    if (e instanceof Error && e.stack)
        logger.debug(e.stack);
    return EXIT.internal;
}

;// CONCATENATED MODULE: ./shared/action/engine-changes.ts
/**
 * What one guard's engine is handed from the run's change-set resolution (shared by the action and the CLI).
 * `needed` is the guard's `changeSet.needed(inputs, tree)`, asked once before the resolution.
 */
function engineChanges(needed, resolution, git) {
    if (resolution.kind === 'known')
        return { changes: resolution.changes, git: resolution.git };
    if (resolution.kind === 'none')
        return { git };
    // Nothing in this run compares with the base: it loses nothing, and runs as without a PR.
    if (!needed)
        return { git };
    return { git, changesUnknown: resolution.tried.join('; '), finding: resolution.finding };
}

;// CONCATENATED MODULE: ./shared/changes/base-view.ts

/**
 * The base commit as the API described it, for a clone that lacks it: a file is the head's unless the change
 * set says otherwise, and the files a guard needs the old text of (edited migrations) were fetched beforehand.
 * Every other question goes to git.
 */
class ApiBaseView {
    inner;
    fs;
    base;
    files;
    contents;
    byPath = new Map();
    previous = new Map();
    constructor(inner, fs, base, files, 
    /** Guard-root-relative path → its content at the base. */
    contents) {
        this.inner = inner;
        this.fs = fs;
        this.base = base;
        this.files = files;
        this.contents = contents;
        for (const f of files) {
            this.byPath.set(f.path, f);
            if (f.previousPath)
                this.previous.set(f.previousPath, f);
        }
    }
    hasCommit(ref) {
        return ref === this.base || this.inner.hasCommit(ref);
    }
    changedFiles(base, head) {
        return base === this.base ? [...this.files] : this.inner.changedFiles(base, head);
    }
    show(ref, given) {
        if (ref !== this.base)
            return this.inner.show(ref, given);
        // `./x` is guard-root-relative for git (CliGitReader) as here: without this, an edited migration asked for as
        // `./...` (migration-score) missed its fetched base text and got the head's.
        const rel = given.replace(/^(\.\/)+/, '');
        if (this.contents.has(rel))
            return this.contents.get(rel);
        const change = this.byPath.get(rel);
        const renamedAway = this.previous.get(rel);
        if (renamedAway || (change && change.status !== 'added' && change.status !== 'renamed')) {
            throw new errors/* InternalError */.Gd(`the base content of ${rel} was needed but not fetched: the guard's needsBaseContent does not cover it`);
        }
        if (change)
            return undefined; // added (or renamed into) by the PR: absent at the base
        return this.fs.isFile(rel) ? this.fs.readText(rel) : undefined;
    }
    listFiles(ref, dirRel) {
        if (ref !== this.base)
            return this.inner.listFiles(ref, dirRel);
        const under = (p) => dirRel === '' || dirRel === '.' || p.startsWith(`${dirRel.replace(/\/$/, '')}/`);
        const paths = new Set(this.fs.isDirectory(dirRel) ? this.fs.glob(`${dirRel.replace(/\/$/, '')}/**`) : []);
        for (const f of this.files) {
            if (f.status === 'added' || f.status === 'renamed')
                paths.delete(f.path);
            if (f.status === 'deleted' && under(f.path))
                paths.add(f.path);
            if (f.status === 'renamed' && f.previousPath && under(f.previousPath))
                paths.add(f.previousPath);
        }
        return [...paths].filter(under).sort();
    }
}

;// CONCATENATED MODULE: ./shared/changes/change-set-unknown.ts
/** The rule id and docs of the error a guard reports when no source could list the changes it compares with. */
const CHANGE_SET_UNKNOWN = 'change-set-unknown';
const CHANGE_SET_DOCS = 'https://github.com/bickford/actions/blob/main/docs/change-sets.md';

;// CONCATENATED MODULE: ./shared/action/resolve-changes.ts





// Each round fetches this deep (then everything): most PRs are found in the first, long-lived branches in a later one.
const DEPTHS = [50, 250, 1000];
const resolve_changes_short = (ref) => (/^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref);
/**
 * The files a run changed, from the first source that can answer: the clone's objects; the missing commits
 * fetched from origin (deepening until the merge base appears); the REST API. Never an empty set standing for
 * "could not tell": that is `unknown`, with what was tried.
 */
async function resolveChanges(options) {
    const { base, head, git, logger } = options;
    if (!base || /^0+$/.test(base)) {
        const reason = !base ? 'no pull request or base commit to compare with' : 'the first push of a new branch has no base commit';
        logger.info(`Change set: none (${reason}); every file is checked as it is.`);
        return { kind: 'none', reason };
    }
    const target = head ?? 'HEAD';
    const tried = [];
    const prefix = git.prefix ?? '';
    const fromGit = (b, h, source) => {
        if (!git.mergeBase(b, h))
            return undefined;
        const files = git.changedFiles(b, h);
        if (!files)
            return undefined;
        return known(b, h, intoGuardRoot(files, prefix), source, git, logger, files.length);
    };
    if (git.prefix === undefined)
        tried.push('git: the guard root is not inside a git repository');
    else {
        const local = git.hasCommit(base) && git.hasCommit(target) ? fromGit(git.resolve(base) ?? base, git.resolve(target) ?? target, 'git') : undefined;
        if (local)
            return local;
        tried.push(`git: the clone lacks ${[base, target].filter((r) => !git.hasCommit(r)).map(resolve_changes_short).join(' and ') || `the merge base of ${resolve_changes_short(base)} and ${resolve_changes_short(target)}`} (a shallow checkout)`);
        if (options.fetch === true) {
            const fetched = fetchAndDiff(git, base, target, logger, tried);
            if (fetched) {
                const r = fromGit(fetched.base, fetched.head, 'fetch');
                if (r)
                    return r;
            }
        }
        else
            tried.push(`git fetch: not attempted (${options.fetch})`);
    }
    if (typeof options.api === 'string')
        tried.push(`the REST API: ${options.api}`);
    else {
        try {
            logger.info(`Change set: asking the API (${options.api.describe()}).`);
            const repoFiles = await options.api.listChanges();
            const files = intoGuardRoot(repoFiles, prefix);
            const contents = new Map();
            for (const f of files) {
                const old = f.status === 'renamed' ? f.previousPath : f.status === 'added' ? undefined : f.path;
                if (!old || !options.needsBaseContent?.(old))
                    continue;
                const text = await options.api.contentAt(base, `${prefix}${old}`);
                if (text === undefined)
                    throw new Error(`the API says ${prefix}${old} does not exist at ${resolve_changes_short(base)}, but the PR ${f.status === 'renamed' ? 'renamed' : f.status === 'deleted' ? 'deleted' : 'changed'} it`);
                contents.set(old, text);
            }
            if (contents.size > 0)
                logger.info(`Change set: read the base content of ${contents.size} file${contents.size === 1 ? '' : 's'} from the API.`);
            const view = new ApiBaseView(git, options.fs, base, files, contents);
            return known(base, target, files, 'api', view, logger, repoFiles.length);
        }
        catch (e) {
            tried.push(`the REST API (${options.api.describe()}): ${(0,errors/* errorMessage */.gJ)(e).slice(0, 300)}`);
        }
    }
    const finding = createFinding({
        ruleId: CHANGE_SET_UNKNOWN,
        severity: 'error',
        message: `The change set is unknown: Bickford could not tell which files changed between ${resolve_changes_short(base)} and ${resolve_changes_short(target)}, so the checks that compare with the base did not run. Tried: ${tried.join('; ')}.`,
        help: 'Check out with `fetch-depth: 0` (actions/checkout), or keep its persisted credentials so Bickford can fetch the base, or give the step a token with `contents: read` and `pull-requests: read` so the API can list the changes.',
        docsUrl: CHANGE_SET_DOCS,
        fingerprintKey: 'change-set-unknown',
        properties: { base, head: target, tried },
    });
    if (options.required === false)
        logger.info(`Change set: unknown (${tried.join('; ')}); nothing in this run compares with the base, so it does not need one.`);
    else
        logger.error(`Change set: unknown. ${tried.join('; ')}.`);
    return { kind: 'unknown', tried, finding };
}
function known(base, head, files, source, git, logger, repoCount) {
    const from = { git: "the clone's history", fetch: 'commits fetched from origin', api: 'the REST API' }[source];
    const outside = repoCount - files.length;
    logger.info(`Change set: ${files.length} file${files.length === 1 ? '' : 's'} changed between ${resolve_changes_short(base)} and ${resolve_changes_short(head)}, from ${from}` +
        (outside > 0 ? ` (${outside} more outside the working directory)` : '') +
        '.');
    const changes = { base, head, files, touched: new Set(files.filter((f) => f.status !== 'deleted').map((f) => f.path)) };
    return { kind: 'known', changes, source, git };
}
/** Fetches base and head from origin, deeper each round, until git finds their merge base. Returns their commits. */
function fetchAndDiff(git, base, head, logger, tried) {
    const rounds = [...DEPTHS, 'unshallow'];
    for (const depth of rounds) {
        const r = git.fetch({ base, head }, depth);
        if (!r.ok) {
            tried.push(`git fetch --no-tags ${depth === 'unshallow' ? '--unshallow' : `--depth=${depth}`} origin ${resolve_changes_short(base)} ${resolve_changes_short(head)}: ${r.message}`);
            return undefined;
        }
        const b = git.resolve('refs/bickford/base');
        const h = git.resolve('refs/bickford/head');
        if (b && h && git.mergeBase(b, h)) {
            logger.info(`Change set: fetched ${resolve_changes_short(base)} and ${resolve_changes_short(head)} from origin (${depth === 'unshallow' ? 'the whole history' : `depth ${depth}`}).`);
            return { base: b, head: h };
        }
        logger.info(`Change set: no merge base of ${resolve_changes_short(base)} and ${resolve_changes_short(head)} within ${depth === 'unshallow' ? 'the whole history' : `${depth} commits`}.`);
    }
    tried.push(`git fetch: ${resolve_changes_short(base)} and ${resolve_changes_short(head)} share no history on origin`);
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./shared/findings/positions.ts
var positions = __nccwpck_require__(5933);
;// CONCATENATED MODULE: ./shared/config/bickford.schema.json
var bickford_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"qo":{"migration-score":{"type":"object","additionalProperties":false,"properties":{"all":{"description":"Score every migration in every migrations folder, each as its own deploy (true/false), for a first run or an audit. Default false.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"allow-label":{"description":"A pull-request label that approves every regressive finding of the pull request; the approval and the label are shown in the report. Per statement, write `-- bickford-approve <rule>: <reason>` instead. Default migration-approved.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"check-run":{"description":"Create a check run with every finding as an annotation, when the token allows it (true/false). Default true.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"comment":{"description":"Post or update one sticky pull-request comment with one row per migration and the SQL of flagged statements (true/false). Default true.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"drop-not-null":{"description":"warning or error: how ban-drop-not-null reports DROP NOT NULL, the usual expand step (a warning does not fail the step; an error is a regressive denial unless approved). Default warning.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"fail-on":{"description":"error, warning or never: the lowest severity that fails the step. Default error.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"fail-on-existing":{"description":"On a pull request (or with --base), also fail on findings that already exist at the base (true/false). Default false: they are listed as existing and do not fail the step.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"fail-on-regressive":{"description":"Report regressive operations (data loss, broken contract with deployed code) as errors that fail the step unless approved (true), or as warnings (false). Default true.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"id":{"description":"Tells this job\'s sticky comment and check run apart from another job\'s of the same action (a matrix, two workflows). Default: the working directory.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"lock-timeout":{"description":"Where lock_timeout is set: migration (each migration must SET lock_timeout before it locks an existing table; require-lock-timeout reports it once per pull request, as a notice) or connection (the role or the connection string sets it, e.g. `ALTER ROLE migrator SET lock_timeout = \'5s\'`, and the rule stays quiet). Default migration.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"max-risk":{"description":"The highest risk score (0 to 1) a migration may have, counting findings nobody approved; above it a `risk-threshold` error is reported. Default 0.5.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"mode":{"description":"check (report everywhere and gate) or report (no API writes: write the JSON report for the fork-safe publisher, and gate). Default check.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"paths":{"description":"Globs of migration files to score (lines or commas), relative to the repository root, instead of the .sql files the pull request adds or changes under the migrations folder. The migrations folder comes from prisma.config.ts `migrations.path`, package.json `prisma.schema`, or prisma/migrations. Default: none.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"pg-version":{"description":"Major version of the PostgreSQL server the migrations run on (9 to 19); rules whose truth depends on it use it (ADD COLUMN with a constant DEFAULT rewrites nothing since 11; ADD VALUE in a transaction works since 12). Default 15.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"report-path":{"description":"Where to write the JSON report (per-migration scores, findings, approvals). Default: bickford-migration-score.json under RUNNER_TEMP.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"rules":{"description":"Rule ids to turn on (e.g. `prefer-text`) or off (e.g. `-require-lock-timeout`) relative to the defaults, lines or commas. Style rules are off by default. Default: none.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"sarif-file":{"description":"Write a SARIF 2.1.0 report to this path. Default: none.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]}}},"edge-guard":{"type":"object","additionalProperties":false,"properties":{"allow":{"description":"Specifiers, package names or path globs that edge code may import (not reported, not followed), e.g. `node:crypto` when a polyfill provides it. Default: none.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"baseline-file":{"description":"Deprecated: `bickford baseline edge-guard` writes .bickford/baseline.json, which every guard reads without an input. Still applied (with a warning): a baseline file, in that format or the older {\\"fingerprints\\": [...]}, whose findings are reported as accepted and do not fail the step. Default: none.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"check-run":{"description":"Create a check run with every finding as an annotation, when the token allows it (true/false). Default true.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"comment":{"description":"Post or update one sticky pull-request comment with the findings (true/false). Default true.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"deny":{"description":"Specifiers, package names or path globs edge code must not reach, on top of Prisma, socket drivers and Node built-ins, e.g. `sharp`, `packages/server/**`. Default: none.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"entries":{"description":"Extra edge entry globs (lines or commas), for Cloudflare workers and other edge code Next does not mark, e.g. `workers/*/src/index.ts`. Next.js entries (edge routes, middleware, instrumentation) and files sent to an edge export condition are found by themselves. Default: none.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"fail-on":{"description":"error, warning or never: the lowest severity that fails the step. Default error.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"fail-on-existing":{"description":"On a pull request (or with --base), also fail on findings that already exist at the base (true/false). Default false: they are listed as existing and do not fail the step.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"follow-node-modules":{"description":"Follow installed packages in node_modules down to their runtime JavaScript, so a dependency that requires `fs` is found (true/false). Default true.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"guard-functions":{"description":"Names of the module-level calls that make a Node-only module fail fast on the edge (lines or commas). Default assertNodeRuntime (from @bickford/runtime).","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"id":{"description":"Tells this job\'s sticky comment and check run apart from another job\'s of the same action (a matrix, two workflows). Default: the working directory.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"install-required":{"description":"Fail when edge code imports third-party packages that are not installed, instead of one warning that the verdict covers workspace code only (true/false). Default true in Actions when the repository has a lockfile, else false.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"mode":{"description":"check (report everywhere and gate) or report (no API writes: write the JSON report for the fork-safe publisher, and gate). Default check.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"report-path":{"description":"Where to write the JSON report (entries, chains, unresolved imports). Default: bickford-edge-guard.json under RUNNER_TEMP.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"require-runtime-guard":{"description":"Report workspace modules that import Prisma, a socket driver or a Node built-in without calling a guard function at module level, where both an edge entry and a Node entry reach them or their package exports to an edge condition (true/false). Default true.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"sarif-file":{"description":"Write a SARIF 2.1.0 report to this path (chains become code flows). Default: none.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"tsconfig":{"description":"File name of the tsconfig each workspace resolves its imports with (paths, baseUrl, extends). Default tsconfig.json.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"update-baseline":{"description":"Deprecated: use `bickford baseline edge-guard`. Still works (with a warning): writes baseline-file (or .bickford/baseline.json) in the shared baseline format with every current finding, keeping other guards\' entries, and accepts them (true/false). Default false.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]}}},"prisma-guard":{"type":"object","additionalProperties":false,"properties":{"base":{"description":"Git ref whose migrations count as applied: one that existed there and changed is an error, and a new one must sort after its newest. Default: the pull request\'s base (or --base in the CLI).","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"check-client":{"description":"Check that each client generator has a client generated from the current schema by the installed Prisma version, that the lockfile resolves one @prisma/client, and that one module constructs PrismaClient (true/false). Default true.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"check-format":{"description":"Report schema files that `prisma format --check` would rewrite, with the lines (true/false). Default true.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"check-run":{"description":"Create a check run with every finding as an annotation, when the token allows it (true/false). Default true.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"comment":{"description":"Post or update one sticky pull-request comment with the findings (true/false). Default true.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"drift":{"description":"check: replay the migrations on a fresh shadow database and diff it against the schema (`prisma migrate diff --from-migrations --to-schema`), reporting each missing step at the schema line that declares it with the SQL a new migration needs. PostgreSQL (Prisma 6 and 7) runs offline with nothing to configure: Prisma\'s schema engine as WebAssembly over an embedded in-memory PGlite; other providers and extensions PGlite lacks need shadow-database-url (checked with the repository\'s own Prisma CLI); SQLite uses the CLI without a URL. A check that cannot run is reported, never passed. skip: do not. Default check.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"fail-on":{"description":"error, warning or never: the lowest severity that fails the step. Default error.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"fail-on-existing":{"description":"On a pull request (or with --base), also fail on findings that already exist at the base (true/false). Default false: they are listed as existing and do not fail the step.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"id":{"description":"Tells this job\'s sticky comment and check run apart from another job\'s of the same action (a matrix, two workflows). Default: the working directory.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"ignore":{"description":"Globs (lines or commas) of paths that are neither schemas nor strays, such as test fixtures: `**/__fixtures__/**`. Default: none.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"mode":{"description":"check (report everywhere and gate) or report (no API writes: write the JSON report for the fork-safe publisher, and gate). Default check.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"report-path":{"description":"Where to write the JSON report (schemas, validation rules used, drift status). Default: bickford-prisma-guard.json under RUNNER_TEMP.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"sarif-file":{"description":"Write a SARIF 2.1.0 report to this path. Default: none.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"schemas":{"description":"The canonical schemas (files or multi-file folders, lines or commas), repository-relative. Any other .prisma file is reported as a stray. Default: every schema Prisma would load from a package (prisma.config.ts `schema`, package.json `prisma.schema`, prisma/schema.prisma, schema.prisma).","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"shadow-database-url":{"description":"URL of an empty database the drift check may create and drop tables in (a secret; masked), used instead of the embedded shadow with the repository\'s own Prisma CLI: for MySQL, SQL Server, CockroachDB, or extensions the embedded PostgreSQL lacks. Default: datasource.shadowDatabaseUrl from prisma.config.ts, else the embedded shadow.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]}}},"ledger-record":{"type":"object","additionalProperties":false,"properties":{"admin-database-url":{"description":"PostgreSQL URL of the ledger\'s owner (a secret; masked), used only to apply migrations; database-url can then be the least-privileged tenant role. See the README\'s Roles.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"artifact-digests":{"description":"build: digests of the artifacts produced (lines or commas, e.g. sha256:...).","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"branch":{"description":"build: the branch built. Default: from GITHUB_REF.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"build-hash":{"description":"deploy: the ledger-hash output of the build step, as proof. Default: the newest successful build of the same commit in the ledger.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"check-run":{"description":"Create a check run with every finding as an annotation, when the token allows it (true/false). Default true.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"comment":{"description":"Post or update one sticky pull-request comment with the findings (true/false). Default true.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"commit":{"description":"The commit built or deployed. Default: GITHUB_SHA.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"connect-timeout":{"description":"Seconds to wait for the database before failing with a clear error (1 to 300). Default 10.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"database-url":{"description":"PostgreSQL URL of the ledger (a secret; masked in logs). Required in Actions unless embedded is true. Without it the CLI keeps an embedded ledger (PGlite) under .bickford/ledger.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"embedded":{"description":"In Actions without database-url, keep an embedded ledger (PGlite) under the run\'s work directory; it lasts one job (true/false). Default false.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"environment":{"description":"deploy: the environment deployed to (required for deploy).","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"event":{"description":"What to do: build (record a build), deploy (record a deploy, refused without a verified successful build of the same commit inside the chain anchored on that commit), schema (record a schema version; an unchanged schema appends nothing), migration-score (record migration-score\'s JSON report), verify (walk the chain and recompute every hash; fails when it checked nothing) or migrate (apply the ledger migrations only, as the owner). Default verify.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"expected-head":{"description":"verify and deploy: a head kept outside the database, <seq>:<hash> (the bickford/ledger commit status description works as is); catches truncation and tail rewrites. A deploy without it reads the newest bickford/ledger status of the commit from the GitHub API.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"fail-on":{"description":"error, warning or never: the lowest severity that fails the step. Default error.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"fail-on-existing":{"description":"On a pull request (or with --base), also fail on findings that already exist at the base (true/false). Default false: they are listed as existing and do not fail the step.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"id":{"description":"Tells this job\'s sticky comment and check run apart from another job\'s of the same action (a matrix, two workflows). Default: the working directory.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"lock-timeout":{"description":"Seconds an append waits for the lock on the tenant\'s chain before failing with a clear error (1 to 3600). Default 30.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"matrix":{"description":"The job\'s matrix values, part of the idempotency key so that two legs of a matrix are two entries. Default: the job\'s matrix.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"migrate":{"description":"Apply pending ledger migrations at start, under an advisory lock, with admin-database-url when given, else database-url (true/false). Set false for a tenant role without admin-database-url. Default true.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"mode":{"description":"check (report everywhere and gate) or report (no API writes: write the JSON report for the fork-safe publisher, and gate). Default check.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"replica-url":{"description":"PostgreSQL URL of a read replica (a secret; masked). verify and the deploy look-up read from it, up to the head pinned on the primary; writes always go to database-url.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"report":{"description":"migration-score: path of migration-score\'s JSON report (its report-path).","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"report-path":{"description":"Where to write the JSON report (entry, head, chain check, commit status). Default: bickford-ledger-record.json under RUNNER_TEMP.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"sarif-file":{"description":"Write a SARIF 2.1.0 report to this path. Default: none.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"schema-hash":{"description":"schema: the schema\'s hash (prisma-guard\'s schema-hash output). Default: sha256 of the .prisma files at schema-path.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"schema-path":{"description":"schema: the schema file or multi-file folder hashed when schema-hash is not given. Default prisma/schema.prisma.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"statement-timeout":{"description":"Seconds a ledger statement may run before it is cancelled with a clear error (1 to 3600). Default 120.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"status":{"description":"build: success, failure, cancelled or skipped; pass ${{ job.status }}. Default success.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"tenant-id":{"description":"Whose chain to use. Default: the repository (owner/name).","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"tenant-isolation":{"description":"shared: every tenant in the same tables, kept apart by row-level security for tenant roles; schema: a schema per tenant. Default shared.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]}}},"env-guard":{"type":"object","additionalProperties":false,"properties":{"allow":{"description":"Names or turbo-style wildcards (NEXT_PUBLIC_*) that count as declared everywhere. Default: none.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"check-run":{"description":"Create a check run with every finding as an annotation, when the token allows it (true/false). Default true.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"comment":{"description":"Post or update one sticky pull-request comment with the findings (true/false). Default true.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"fail-on":{"description":"error, warning or never: the lowest severity that fails the step. Default error.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"fail-on-existing":{"description":"On a pull request (or with --base), also fail on findings that already exist at the base (true/false). Default false: they are listed as existing and do not fail the step.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"framework-inference":{"description":"Count the variables turbo infers from each package\'s framework (Next.js: NEXT_PUBLIC_*, Vite: VITE_*), as turbo does unless run with --framework-inference=false (true/false). Default true.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"id":{"description":"Tells this job\'s sticky comment and check run apart from another job\'s of the same action (a matrix, two workflows). Default: the working directory.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"ignore":{"description":"Globs of files not to scan, relative to the repository root (build output, node_modules and .d.ts files are always skipped). Default: none.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"mode":{"description":"check (report everywhere and gate) or report (no API writes: write the JSON report for the fork-safe publisher, and gate). Default check.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"readers":{"description":"Functions whose literal argument names the variable they read (getEnv, or requireEnv:1 when the second argument does), beyond the wrappers env-guard finds itself (a function that reads process.env[param]). Default: none.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"report-path":{"description":"Where to write the JSON report. Default: bickford-env-guard.json under RUNNER_TEMP.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"report-unused":{"description":"Report variables declared in turbo.json that no source file reads, as notices (true/false). Default true.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"required":{"description":"Variables that must be set in this job (names, one per line or comma-separated). A missing or empty one is an error that names it; values are never printed. Default: none.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]},"sarif-file":{"description":"Write a SARIF 2.1.0 report to this path. Default: none.","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":["string","number"]}}]}}}}}');
;// CONCATENATED MODULE: ./shared/config/load-config.ts




const DEFAULT_CONFIG_FILE = '.bickford.yml';
const CONFIG_DOCS = 'https://github.com/bickford/actions#configuration';
/** A guard's section as an input source whose bad values are reported at their line and column in the file. */
function configSource(config, guard) {
    return new MapInputSource(config.file ?? DEFAULT_CONFIG_FILE, config.sections[guard] ?? {}, config.locate && ((name, item) => config.locate?.(guard, name, item)));
}
const isScalar = (v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
/**
 * Checks the file against bickford.schema.json (generated from the actions' action.yml): known sections,
 * known keys, scalar or list values. A walk this small needs no JSON-schema engine, and compiling one cost
 * every action run about 170 ms at start-up.
 */
function checkAgainstSchema(value) {
    if (value === null)
        return [];
    if (typeof value !== 'object' || Array.isArray(value))
        return [{ path: [], message: 'the file must be a mapping of guard names to sections', atKey: false }];
    const problems = [];
    const sections = bickford_schema_namespaceObject.qo;
    for (const [guard, section] of Object.entries(value)) {
        const known = sections[guard];
        if (!known) {
            problems.push({ path: [guard], message: `unknown key '${guard}' (sections: ${Object.keys(sections).join(', ')})`, atKey: true });
            continue;
        }
        if (section === null)
            continue;
        if (typeof section !== 'object' || Array.isArray(section)) {
            problems.push({ path: [guard], message: `${guard} must be a mapping of input names to values`, atKey: false });
            continue;
        }
        for (const [key, v] of Object.entries(section)) {
            if (!(key in known.properties))
                problems.push({ path: [guard, key], message: `unknown key '${guard}.${key}'`, atKey: true });
            else if (!(isScalar(v) || v === null || (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number'))))
                problems.push({ path: [guard, key], message: `${guard}.${key} must be a string, a number, true/false or a list`, atKey: false });
        }
    }
    return problems;
}
/** Reads `.bickford.yml` (or the given file). A missing default file is fine; a missing named file is an error. */
function loadConfig(fs, file) {
    const path = file ?? DEFAULT_CONFIG_FILE;
    if (!fs.isFile(path)) {
        if (file === undefined)
            return { sections: {}, errors: [] };
        return { file: path, sections: {}, errors: [{ message: `config file ${path} does not exist`, file: path }] };
    }
    const text = fs.readText(path);
    const index = new positions/* LineIndex */.r(text);
    const at = (offset) => (offset === undefined ? {} : index.positionOfChar(offset));
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false });
    if (doc.errors.length > 0) {
        return { file: path, sections: {}, errors: doc.errors.map((e) => ({ message: `YAML: ${e.message.split('\n')[0]}`, file: path, ...at(e.pos[0]) })) };
    }
    const value = (doc.toJS() ?? {});
    const problems = checkAgainstSchema(value);
    if (problems.length > 0) {
        const errors = problems.map((p) => ({ message: p.message, file: path, ...at(nodeAt(doc.contents, p.path, p.atKey)?.range?.[0]) }));
        return { file: path, sections: {}, errors };
    }
    const locate = (section, key, item) => {
        const root = doc.contents;
        const path = item === undefined ? [section, key] : [section, key, String(item)];
        // The value's own node; a key written with no value (`max-risk:`) is located at the key.
        const offset = (nodeAt(root, path, false) ?? nodeAt(root, path, true))?.range?.[0];
        return offset === undefined ? undefined : index.positionOfChar(offset);
    };
    return { file: path, sections: (value ?? {}), errors: [], locate };
}
/** The YAML node at a path; for an unknown key, the key node itself so the error points at the key. */
function nodeAt(root, segments, wantKey) {
    let node = root;
    for (let i = 0; i < segments.length; i++) {
        const seg = segments[i];
        if ((0,dist/* isMap */.jh)(node)) {
            const map = node;
            const pair = map.items.find((p) => String(p.key?.value ?? p.key) === seg);
            if (!pair)
                return map;
            node = (i === segments.length - 1 && wantKey ? pair.key : pair.value);
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            node = node.items[Number(seg)];
        }
        else {
            return node ?? undefined;
        }
    }
    return node ?? undefined;
}

;// CONCATENATED MODULE: ./shared/baseline/rules.ts
/** The rules of the adoption mechanism, reported by whichever guard runs it (one docs page each, like any rule). */
const ADOPTION_RULES = [
    { id: 'baseline-entry-stale', severity: 'notice', description: 'An entry of .bickford/baseline.json that matches no finding any more: remove it so it cannot hide a new one.' },
    {
        id: 'inline-suppression-invalid',
        severity: 'warning',
        description: 'A bickford-ignore comment in a script or Prisma schema without a reason, or naming no rule or an unknown one: it is not applied.',
    },
];

;// CONCATENATED MODULE: ./shared/suppress/directive-text.ts
/** Splits the text after the directive's keyword into rules and reason. */
function parseDirectiveText(rest) {
    const colon = rest.indexOf(':');
    const ruleText = colon === -1 ? rest : rest.slice(0, colon);
    return {
        rules: ruleText.split(/[\s,]+/).filter((r) => r !== ''),
        reason: colon === -1 ? '' : rest.slice(colon + 1).trim(),
    };
}

;// CONCATENATED MODULE: ./shared/suppress/inline-directives.ts

const SCRIPT = /\.(?:[cm]?[jt]sx?)$/;
/** Which syntax a file's suppressions use, by its extension; SQL's are migration-score's (they cover statements). */
function commentLanguage(file) {
    if (SCRIPT.test(file))
        return 'script';
    if (file.endsWith('.prisma'))
        return 'prisma';
    return undefined;
}
// `// bickford-ignore-next-line rule: reason` (eslint's form, so editors and habits carry over).
const SCRIPT_DIRECTIVE = /\/\/\s*bickford-ignore-next-line(?=[\s:]|$)(.*)$/;
// `// bickford-ignore rule: reason` (Prisma keeps `//` comments; `///` is documentation and is left alone).
const PRISMA_DIRECTIVE = /(?:^|[^/])\/\/\s*bickford-ignore(?:-next-line)?(?=[\s:]|$)(.*)$/;
/**
 * The suppressions of one file. In scripts a comment covers the next line. In a Prisma schema it covers the next
 * line that is not blank or a comment and, when that line opens a block (`model User {`), the block up to its `}`.
 */
function inlineDirectives(language, text) {
    if (!text.includes('bickford-ignore'))
        return [];
    const lines = text.split(/\r?\n/);
    const out = [];
    lines.forEach((l, i) => {
        const m = (language === 'script' ? SCRIPT_DIRECTIVE : PRISMA_DIRECTIVE).exec(l);
        if (!m)
            return;
        const { rules, reason } = parseDirectiveText(m[1]);
        const line = i + 1;
        const column = l.indexOf('bickford-ignore') + 1;
        const source = l.slice(l.lastIndexOf('//', column - 1)).trim();
        if (language === 'script') {
            out.push({ rules, reason, line, column, from: line + 1, to: line + 1, source });
            return;
        }
        let next = i + 1;
        while (next < lines.length && (lines[next].trim() === '' || lines[next].trim().startsWith('//')))
            next++;
        const from = next + 1;
        let to = from;
        if (next < lines.length && opensBlock(lines[next])) {
            let depth = 0;
            for (let j = next; j < lines.length; j++) {
                depth += braces(lines[j]);
                if (depth <= 0) {
                    to = j + 1;
                    break;
                }
                to = j + 1;
            }
        }
        out.push({ rules, reason, line, column, from, to, source });
    });
    return out;
}
function opensBlock(line) {
    return braces(line) > 0;
}
/** Net `{` minus `}` on a line, outside strings and `//` comments. */
function braces(line) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
        }
        else if (c === '"')
            inString = true;
        else if (c === '/' && line[i + 1] === '/')
            break;
        else if (c === '{')
            depth++;
        else if (c === '}')
            depth--;
    }
    return depth;
}

;// CONCATENATED MODULE: ./shared/suppress/known-rules.ts
/**
 * Every guard's rule ids, for telling a suppression's typo from another guard's rule. Generated from the guards'
 * registries by test/adoption/known-rules.test.ts (`UPDATE_GOLDEN=1` rewrites it): shared code may not import
 * the guards, and the test fails when a registry and this list disagree.
 */
const KNOWN_RULES = {
    'migration-score': [
        'ban-add-required-column',
        'ban-add-unique-constraint',
        'ban-alter-enum-add-value-in-transaction',
        'ban-column-type-change',
        'ban-concurrent-index-in-transaction',
        'ban-drop-column',
        'ban-drop-default-on-required-column',
        'ban-drop-foreign-key',
        'ban-drop-not-null',
        'ban-drop-primary-key',
        'ban-drop-schema',
        'ban-drop-table',
        'ban-drop-type',
        'ban-drop-view',
        'ban-enum-type-swap',
        'ban-enum-value-removal',
        'ban-full-table-backfill',
        'ban-rename-column',
        'ban-rename-enum-value',
        'ban-rename-table',
        'ban-rename-type',
        'ban-set-not-null',
        'ban-set-unlogged',
        'ban-truncate',
        'ban-volatile-default',
        'constraint-missing-not-valid',
        'edited-migration',
        'empty-migration',
        'invalid-suppression',
        'not-analysed',
        'prefer-bigint',
        'prefer-identity',
        'prefer-text',
        'prefer-timestamptz',
        'require-concurrent-index-creation',
        'require-concurrent-index-deletion',
        'require-lock-timeout',
        'require-where-clause',
        'risk-threshold',
        'syntax-error',
        'unreadable-migration',
    ],
    'edge-guard': [
        'edge-db-driver',
        'edge-denied-import',
        'edge-entries-unmatched',
        'edge-eval',
        'edge-exports-condition',
        'edge-missing-runtime-guard',
        'edge-node-builtin',
        'edge-prisma-client',
        'edge-prisma-import',
        'edge-segment-config',
        'edge-tsconfig-invalid',
        'edge-unreadable-module',
        'edge-unresolved-import',
    ],
    'prisma-guard': [
        'prisma-client-duplicate-versions',
        'prisma-client-missing',
        'prisma-client-multiple-instances',
        'prisma-client-stale',
        'prisma-client-version-mismatch',
        'prisma-config-throws',
        'prisma-config-unreadable',
        'prisma-drift',
        'prisma-drift-unchecked',
        'prisma-migration-edited',
        'prisma-migration-lock-mismatch',
        'prisma-migration-out-of-order',
        'prisma-migrations-missing',
        'prisma-schema-invalid',
        'prisma-schema-missing',
        'prisma-schema-unformatted',
        'prisma-schema-warning',
        'prisma-stray-schema',
        'prisma-version-unsupported',
    ],
    'ledger-record': [
        'ledger-chain-broken',
        'ledger-deploy-unproven',
        'ledger-nothing-verified',
    ],
    'env-guard': [
        'env-dynamic-read',
        'env-required-missing',
        'env-turbo-json-invalid',
        'env-undeclared-read',
        'env-unused-declaration',
    ],
};

;// CONCATENATED MODULE: ./shared/suppress/apply-inline.ts




const INLINE_SUPPRESSION_INVALID = ADOPTION_RULES[1].id;
/**
 * Applies `// bickford-ignore-next-line` (scripts) and `// bickford-ignore` (Prisma schemas) to one guard's findings
 * (guard-root-relative paths, before they leave the guard), and returns the findings for comments that cannot apply:
 * no rule, no reason, or a rule no guard has. A wrong comment is never applied: a typo must not hide a finding.
 * Only the files this guard has findings in are read, so the comments cost nothing elsewhere; a comment naming
 * another guard's rule is that guard's to judge.
 */
function applyInlineSuppressions(guard, findings, fs) {
    const byFile = new Map();
    for (const f of findings) {
        if (!f.location || f.suppressed || !commentLanguage(f.location.file))
            continue;
        const list = byFile.get(f.location.file) ?? [];
        list.push(f);
        byFile.set(f.location.file, list);
    }
    const own = new Set(KNOWN_RULES[guard]);
    const known = new Set(Object.values(KNOWN_RULES).flat());
    const problems = [];
    for (const [file, inFile] of byFile) {
        let text;
        try {
            text = fs.readText(file);
        }
        catch {
            continue; // the guard reports files it cannot read; a suppression in one cannot be read either
        }
        for (const d of inlineDirectives(commentLanguage(file), text)) {
            const covered = inFile.filter((f) => f.location.line >= d.from && f.location.line <= d.to);
            const ours = d.rules.filter((r) => own.has(r));
            const unknown = d.rules.filter((r) => !known.has(r));
            // A comment is this guard's to judge when it names one of its rules, or stands over one of its findings.
            if (ours.length === 0 && covered.length === 0)
                continue;
            const problem = (what) => problems.push(invalid(file, d, what));
            if (d.rules.length === 0) {
                problem(`names no rule; write \`${syntaxOf(file)} <rule>: <reason>\``);
                continue;
            }
            if (unknown.length > 0) {
                problem(`names ${unknown.join(', ')}, which ${unknown.length === 1 ? 'is not a rule' : 'are not rules'} of any Bickford guard`);
                continue;
            }
            if (!d.reason) {
                problem(`has no reason; write \`${syntaxOf(file)} ${d.rules.join(', ')}: <reason>\``);
                continue;
            }
            for (const f of covered) {
                if (f.suppressed || !d.rules.includes(f.ruleId))
                    continue;
                f.suppressed = { kind: 'ignore', reason: d.reason, location: { file, line: d.line, column: d.column }, by: d.source };
            }
        }
    }
    return problems;
}
function syntaxOf(file) {
    return commentLanguage(file) === 'prisma' ? '// bickford-ignore' : '// bickford-ignore-next-line';
}
function invalid(file, d, what) {
    return createFinding({
        ruleId: INLINE_SUPPRESSION_INVALID,
        severity: 'warning',
        category: 'meta',
        message: `\`${d.source}\` ${what}. It is not applied.`,
        location: { file, line: d.line, column: d.column },
        help: 'A suppression names a rule id (docs/rules) and says why after a colon; it covers the next line (the next block in a Prisma schema).',
        // The comment's text, not its line: moving it keeps the finding the same one.
        fingerprintKey: d.source,
    });
}

;// CONCATENATED MODULE: ./shared/findings/result.ts
const result_GUARD_NAMES = ['migration-score', 'edge-guard', 'prisma-guard', 'ledger-record', 'env-guard'];

;// CONCATENATED MODULE: ./shared/baseline/baseline-file.ts


/** Where `bickford baseline` writes the accepted findings of every guard, relative to the guard root. */
const BASELINE_FILE = '.bickford/baseline.json';
const BASELINE_DOCS = 'https://github.com/bickford/actions/blob/main/docs/baseline.md';
const FIX = `run \`bickford baseline\` to rewrite ${BASELINE_FILE}`;
/** Reads the baseline; undefined when there is none. A file that is not a baseline is a configuration error at its line. */
function readBaselineFile(fs, file = BASELINE_FILE) {
    if (!fs.exists(file))
        return undefined;
    if (!fs.isFile(file))
        throw new errors/* ConfigurationError */.j1(`${file} is not a file; ${FIX}`, BASELINE_DOCS, { file });
    const text = fs.readText(file);
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (e) {
        const pos = /position (\d+)/.exec(e.message);
        const line = pos ? lineAt(text, Number(pos[1])) : undefined;
        throw new errors/* ConfigurationError */.j1(`${file} is not valid JSON (${e.message}); ${FIX}`, BASELINE_DOCS, { file, line, column: line ? 1 : undefined });
    }
    const root = parsed;
    if (!root || typeof root !== 'object' || root.version !== 1 || !Array.isArray(root.entries)) {
        throw new errors/* ConfigurationError */.j1(`${file} must be {"version": 1, "entries": [...]}; ${FIX}`, BASELINE_DOCS, { file, line: 1, column: 1 });
    }
    const lines = fingerprintLines(text);
    const entries = root.entries.map((raw, i) => {
        const e = raw;
        const line = (e && typeof e.fingerprint === 'string' && lines.get(e.fingerprint)) || 1;
        const bad = (what) => new errors/* ConfigurationError */.j1(`${file}: entry ${i + 1} ${what}; ${FIX}`, BASELINE_DOCS, { file, line, column: 1 });
        if (!e || typeof e !== 'object')
            throw bad('is not an object');
        if (typeof e.fingerprint !== 'string' || e.fingerprint === '')
            throw bad('has no "fingerprint"');
        if (!result_GUARD_NAMES.includes(e.guard))
            throw bad(`has "guard" ${JSON.stringify(e.guard)}, not one of ${result_GUARD_NAMES.join(', ')}`);
        if (typeof e.rule !== 'string')
            throw bad('has no "rule"');
        if (e.reason !== undefined && typeof e.reason !== 'string')
            throw bad('has a "reason" that is not a string');
        return { guard: e.guard, rule: e.rule, file: typeof e.file === 'string' ? e.file : undefined, fingerprint: e.fingerprint, reason: e.reason, line };
    });
    return { file, entries };
}
/** The entries for this guard's current findings, keeping the reasons people wrote for the ones already there. */
function baselineEntries(guard, findings, previous) {
    const reasons = new Map((previous?.entries ?? []).filter((e) => e.guard === guard && e.reason).map((e) => [e.fingerprint, e.reason]));
    const byFingerprint = new Map();
    for (const f of findings) {
        if (!acceptable(f) || byFingerprint.has(f.fingerprint))
            continue;
        const reason = reasons.get(f.fingerprint);
        byFingerprint.set(f.fingerprint, { guard, rule: f.ruleId, ...(f.location ? { file: f.location.file } : {}), fingerprint: f.fingerprint, ...(reason ? { reason } : {}) });
    }
    return [...byFingerprint.values()];
}
/** A baseline accepts what the code holds, not what the mechanism itself reports or what a person already decided. */
function acceptable(f) {
    if (NOT_BASELINED.has(f.ruleId))
        return false;
    return !f.suppressed || f.suppressed.kind === 'baseline' || f.suppressed.kind === 'existing';
}
/**
 * Rules about the suppression mechanism and the run itself, never accepted by a baseline nor counted as existing:
 * accepting them would hide the mechanism's own mistakes, or a check that could not run (a guard that cannot know
 * says so), or the job's environment (a required variable missing now is missing whatever the base held).
 */
const NOT_BASELINED = new Set(['baseline-entry-stale', 'invalid-suppression', 'inline-suppression-invalid', 'change-set-unknown', 'env-required-missing', 'prisma-drift-unchecked']);
/** The file as written: entries sorted by guard, file, rule and fingerprint, so a rewrite changes only what changed. */
function renderBaseline(entries) {
    const key = (e) => [GUARD_NAMES.indexOf(e.guard).toString().padStart(2, '0'), e.file ?? '', e.rule, e.fingerprint];
    const sorted = [...entries].sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        for (let i = 0; i < ka.length; i++)
            if (ka[i] !== kb[i])
                return ka[i] < kb[i] ? -1 : 1;
        return 0;
    });
    const file = {
        version: 1,
        entries: sorted.map((e) => ({ guard: e.guard, rule: e.rule, ...(e.file !== undefined ? { file: e.file } : {}), fingerprint: e.fingerprint, ...(e.reason ? { reason: e.reason } : {}) })),
    };
    return `${JSON.stringify(file, null, 2)}\n`;
}
function lineAt(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
function fingerprintLines(text) {
    const out = new Map();
    const lines = text.split('\n');
    lines.forEach((l, i) => {
        const m = /"fingerprint"\s*:\s*"([^"]+)"/.exec(l);
        if (m && !out.has(m[1]))
            out.set(m[1], i + 1);
    });
    return out;
}

;// CONCATENATED MODULE: ./shared/baseline/apply-baseline.ts



const BASELINE_ENTRY_STALE = ADOPTION_RULES[0].id;
/**
 * Marks this guard's findings that the baseline accepts as suppressed, with the entry's reason (listed in every
 * report as suppressed, never dropped). With `reportStale`, each entry that matched nothing comes back as a notice,
 * so the file shrinks as debt is paid: only a run over the whole tree can say an entry matches nothing.
 */
function applyBaseline(guard, findings, baseline, reportStale) {
    const entries = baseline.entries.filter((e) => e.guard === guard);
    const byFingerprint = new Map(entries.map((e) => [e.fingerprint, e]));
    const matched = new Set();
    for (const f of findings) {
        const entry = byFingerprint.get(f.fingerprint);
        if (!entry || NOT_BASELINED.has(f.ruleId))
            continue;
        matched.add(entry.fingerprint);
        if (f.suppressed)
            continue;
        f.suppressed = { kind: 'baseline', reason: entry.reason ? `${entry.reason} (${baseline.file})` : `accepted in ${baseline.file}`, location: { file: baseline.file, line: entry.line, column: 1 } };
    }
    if (!reportStale)
        return [];
    return entries
        .filter((e) => !matched.has(e.fingerprint))
        .map((e) => createFinding({
        ruleId: BASELINE_ENTRY_STALE,
        severity: 'notice',
        category: 'meta',
        message: `The baseline accepts a ${e.rule} finding${e.file ? ` in ${e.file}` : ''} that no longer occurs; remove the entry (or run \`bickford baseline\`) so it cannot hide a new one.`,
        location: { file: baseline.file, line: e.line, column: 1 },
        help: 'Run `bickford baseline` to rewrite the file with the findings that remain; the reasons written for them are kept.',
        fingerprintKey: e.fingerprint,
        properties: { rule: e.rule, fingerprint: e.fingerprint },
    }));
}

;// CONCATENATED MODULE: ./shared/baseline/base-tree.ts





function git(cwd, args) {
    const r = (0,external_node_child_process_namespaceObject.spawnSync)('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
    return { ok: r.status === 0, err: ((r.stderr ?? '') + (r.error ? r.error.message : '')).trim() };
}
/**
 * `git worktree add --detach` of the base into a temporary folder: the clone's own checkout is never touched.
 * Installed dependencies are not committed, so each `node_modules` of the head is linked into the same folder
 * of the base tree: a guard that resolves imports must see the base's code with the packages it ran with,
 * or every import would look unresolved at the base. Returns why not when the clone cannot give the base.
 */
function checkoutBase(guardRoot, prefix, commit, tempDir) {
    const top = findRepoRoot(guardRoot);
    if (!top)
        return 'the guard root is not inside a git repository';
    const dir = tempFolder(tempDir);
    return finish(top, dir, prefix, commit, git(top, addArgs(dir, commit)));
}
/**
 * `checkoutBase` in the background: git writes the base tree on the other core while the guard runs at the head,
 * so new-code mode's wall time does not wait for it. The promise never rejects; dispose what it gives.
 */
function checkoutBaseAsync(guardRoot, prefix, commit, tempDir) {
    const top = findRepoRoot(guardRoot);
    if (!top)
        return Promise.resolve('the guard root is not inside a git repository');
    const dir = tempFolder(tempDir);
    return new Promise((resolve) => {
        let err = '';
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', addArgs(dir, commit), { cwd: top, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }, stdio: ['ignore', 'ignore', 'pipe'] });
        child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
        child.on('error', (e) => resolve(finish(top, dir, prefix, commit, { ok: false, err: e.message })));
        child.on('close', (code) => resolve(finish(top, dir, prefix, commit, { ok: code === 0, err: err.trim() })));
    });
}
function tempFolder(tempDir) {
    external_node_fs_.mkdirSync(tempDir, { recursive: true });
    return external_node_fs_.mkdtempSync(external_node_path_.join(tempDir || external_node_os_namespaceObject.tmpdir(), 'bickford-base-'));
}
const addArgs = (dir, commit) => ['worktree', 'add', '--detach', '--quiet', dir, commit];
function finish(top, dir, prefix, commit, add) {
    if (!add.ok) {
        external_node_fs_.rmSync(dir, { recursive: true, force: true });
        git(top, ['worktree', 'prune']);
        return `git worktree add ${commit.slice(0, 7)}: ${add.err.split('\n').pop() || 'failed'}`;
    }
    linkDependencies(top, dir);
    return {
        root: external_node_path_.join(dir, prefix),
        dispose() {
            // Removing the folder and pruning is what `git worktree remove --force` does, without a git process walking
            // every file first; the linked node_modules are links, so the head's stay.
            external_node_fs_.rmSync(dir, { recursive: true, force: true });
            git(top, ['worktree', 'prune']);
        },
    };
}
// Deep enough for apps/*/ and packages/*/ of a monorepo (and one more level), never inside node_modules itself.
const MAX_DEPTH = 4;
const SKIP = new Set(['.git', 'node_modules', '.next', '.turbo', '.bickford']);
function linkDependencies(head, base, rel = '', depth = 0) {
    let entries;
    try {
        entries = external_node_fs_.readdirSync(external_node_path_.join(head, rel), { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const e of entries) {
        if (!e.isDirectory())
            continue;
        const child = rel ? external_node_path_.join(rel, e.name) : e.name;
        if (e.name === 'node_modules') {
            const target = external_node_path_.join(base, child);
            if (external_node_fs_.existsSync(external_node_path_.dirname(target)) && !external_node_fs_.existsSync(target))
                external_node_fs_.symlinkSync(external_node_path_.join(head, child), target, 'dir');
            continue;
        }
        if (SKIP.has(e.name) || depth >= MAX_DEPTH)
            continue;
        linkDependencies(head, base, child, depth + 1);
    }
}

;// CONCATENATED MODULE: ./shared/baseline/run-memo.ts

/** One memo per new-code run, held in memory until the step ends (the head's and the base's runs are in one process). */
class MapRunMemo {
    kinds = new Map();
    hits = 0;
    misses = 0;
    get(kind, key, compute) {
        let values = this.kinds.get(kind);
        if (!values)
            this.kinds.set(kind, (values = new Map()));
        if (values.has(key)) {
            this.hits++;
            return values.get(key);
        }
        this.misses++;
        const value = compute();
        values.set(key, value);
        return value;
    }
}
/**
 * A key for `parts` (a path, a file's text, option values): their SHA-1, not the text itself, so the memo holds
 * 40 characters per file. Parts are separated by NUL, which neither a path nor an option value holds.
 */
function memoKey(...parts) {
    const hash = createHash('sha1');
    for (const p of parts)
        hash.update(String(p)).update('\0');
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./shared/baseline/new-code.ts











/** Guards whose engine can run again at the base: the ledger records events, and recording twice would write twice. */
const RUNS_AT_BASE = new Set(['migration-score', 'edge-guard', 'prisma-guard', 'env-guard']);
/**
 * The memo the head's run and the base's run share, for a run that may go on to the base (`newCode`, as given to
 * `adoptFindings`); undefined otherwise, so a single run keeps nothing it will not reuse.
 */
function newCodeMemo(guard, newCode) {
    return newCode && RUNS_AT_BASE.has(guard) ? new MapRunMemo() : undefined;
}
/**
 * Starts checking out the base in the background, before the guard runs at the head, when new-code mode may run it
 * there (the clone has the base): the checkout then costs no wall time of its own on a runner's second core. Hand
 * it to `adoptFindings` as `pendingBase`, which uses or removes it; if the head's run fails, `releaseBaseTree`.
 */
function startBaseTree(options) {
    const { resolution } = options;
    if (!options.newCode || !RUNS_AT_BASE.has(options.guard) || resolution.kind !== 'known' || resolution.source === 'api')
        return undefined;
    const prefix = options.git.prefix;
    if (typeof prefix !== 'string')
        return undefined;
    return checkoutBaseAsync(options.fs.root, prefix, resolution.changes.base, external_node_path_.join(options.tempDir, 'bickford-base'));
}
/** Removes a base tree `startBaseTree` began and nothing used. */
async function releaseBaseTree(pending) {
    const tree = await pending;
    if (tree && typeof tree !== 'string')
        tree.dispose();
}
const new_code_short = (sha) => (/^[0-9a-f]{40}$/.test(sha) ? sha.slice(0, 7) : sha);
/**
 * The one place where every guard's findings are finalised for adoption, in the action and the CLI alike: inline
 * `bickford-ignore` comments, the baseline file, and, on a pull request (or `--base`), which findings already
 * exist at the base. Nothing is dropped: suppressed and existing findings stay in every report with their reason.
 */
async function adoptFindings(options) {
    try {
        return await adopt(options);
    }
    finally {
        // Whatever the base run did not take (a clean PR, a skipped base, an error) is removed before the step ends.
        await releaseBaseTree(options.pendingBase);
    }
}
async function adopt(options) {
    const { guard, ctx, resolution, failOnExisting } = options;
    // Read before the copies below: the file each fingerprint is about, to tell which findings the base could have.
    const aboutFile = new Map(options.result.findings.map((f) => [f.fingerprint, fingerprintFileOf(f)]));
    const findings = options.result.findings.map((f) => ({ ...f }));
    findings.push(...applyInlineSuppressions(guard.name, findings, ctx.fs));
    const baseline = readBaselineFile(ctx.fs);
    const lines = [];
    if (baseline) {
        // Only a run over the whole tree can tell an entry matches nothing: a PR's run may check only what changed.
        findings.push(...applyBaseline(guard.name, findings, baseline, resolution.kind === 'none'));
        const accepted = findings.filter((f) => f.suppressed?.kind === 'baseline').length;
        lines.push(`${accepted} finding(s) accepted by ${baseline.file}.`);
    }
    let existing = 0;
    // The ledger records events: it has no debt to tell apart, and recording twice would write twice. With nothing
    // that counts at the head there is nothing to tell apart either: the second run of the engine is skipped.
    const compares = options.newCode && resolution.kind !== 'none' && RUNS_AT_BASE.has(guard.name);
    // A fingerprint holds its file: a finding about a file the change adds cannot exist at the base.
    const added = resolution.kind === 'known' ? new Set(resolution.changes.files.filter((f) => f.status === 'added' || f.status === 'renamed').map((f) => f.path)) : new Set();
    const couldExist = findings.filter((f) => !f.suppressed && !added.has(aboutFile.get(f.fingerprint) ?? ''));
    if (compares && findings.every((f) => f.suppressed)) {
        lines.push('New code: no finding counts at the head, so the base was not checked.');
    }
    else if (compares && resolution.kind === 'known' && couldExist.length === 0) {
        lines.push(`New code: every finding that counts is about a file added since the base ${new_code_short(resolution.changes.base)}, so none can exist there; the base was not checked.`);
    }
    else if (compares) {
        const base = resolution.kind === 'known' ? resolution.changes.base : undefined;
        const atBase = base ? await findingsAtBase(options, base, new Set(findings.filter((f) => !f.suppressed && !NOT_BASELINED.has(f.ruleId)).map((f) => f.ruleId))) : `the change set is unknown (${resolution.kind === 'unknown' ? resolution.tried.join('; ') : ''})`;
        if (typeof atBase === 'string') {
            lines.push(baseline
                ? `New code: the base could not be checked (${atBase}); ${baseline.file} was used instead: every finding it does not accept counts as new.`
                : `New code: the base could not be checked (${atBase}), and there is no ${BASELINE_FILE}: every finding counts as new.`);
            ctx.logger.warning(lines[lines.length - 1]);
        }
        else {
            for (const f of findings) {
                if (f.suppressed || NOT_BASELINED.has(f.ruleId) || !atBase.has(f.fingerprint))
                    continue;
                existing++;
                if (failOnExisting)
                    f.properties = { ...f.properties, existing: true };
                else
                    f.suppressed = { kind: 'existing', reason: `also found at the base ${new_code_short(base)}` };
            }
            lines.push(`New code: the guard also ran at the base ${new_code_short(base)}; ${existing} finding(s) found there too are existing` +
                (failOnExisting ? ' and, with fail-on-existing, still count.' : ': listed, but they do not fail the step (fail-on-existing: true makes them count).'));
        }
    }
    if (lines.length === 0)
        return { ...options.result, findings };
    const headline = existing > 0 ? `${options.result.headline}; ${existing} existing` : options.result.headline;
    return { ...options.result, headline, findings, sections: [...(options.result.sections ?? []), { kind: 'text', title: 'New code and baseline', lines }] };
}
/**
 * The fingerprints of the findings the same guard reports at the base, or why the base could not be checked. Only
 * fingerprints of `onlyRules` are ever looked up (a fingerprint holds its rule), so the engine may skip other checks.
 */
async function findingsAtBase(options, base, onlyRules) {
    const { guard, ctx } = options;
    if (options.resolution.kind === 'known' && options.resolution.source === 'api')
        return 'the clone lacks the base commit and it could not be fetched';
    const git = ctx.git;
    const prefix = typeof git.prefix === 'string' ? git.prefix : undefined;
    if (prefix === undefined)
        return 'the guard root is not inside a git repository';
    const pending = options.pendingBase;
    options.pendingBase = undefined;
    const tree = pending ? await pending : checkoutBase(ctx.fs.root, prefix, base, external_node_path_.join(options.tempDir, 'bickford-base'));
    if (typeof tree === 'string')
        return tree;
    // The base run's own files (a shadow database, caches) in a folder of its own, removed with the tree: concurrent runs never share one.
    const workDir = external_node_fs_.mkdtempSync(external_node_path_.join(options.tempDir, 'bickford-base-work-'));
    try {
        const fs = new repo_fs/* NodeRepoFs */.E6(tree.root);
        const result = await guard.run(options.inputs, {
            ...ctx,
            fs,
            git: new CliGitReader(tree.root),
            logger: quiet(ctx.logger),
            // At the base there is nothing to compare with: the whole base tree is checked, as a push to it would be.
            changes: undefined,
            changesUnknown: undefined,
            workDir,
            github: undefined,
            onlyRules,
        });
        if (ctx.memo instanceof MapRunMemo)
            ctx.logger.debug(`new code: the base run reused ${ctx.memo.hits} result(s) of the head's run and computed ${ctx.memo.misses} in both`);
        const found = result.findings;
        applyInlineSuppressions(guard.name, found, fs);
        return new Set(found.filter((f) => !f.suppressed).map((f) => f.fingerprint));
    }
    catch (e) {
        return `${guard.name} failed at the base: ${(0,errors/* errorMessage */.gJ)(e).slice(0, 300)}`;
    }
    finally {
        tree.dispose();
        external_node_fs_.rmSync(workDir, { recursive: true, force: true });
    }
}
/** The base run's log goes to debug: its findings are compared, not reported. */
function quiet(logger) {
    return {
        debug: (m) => logger.debug(`at base: ${m}`),
        info: (m) => logger.debug(`at base: ${m}`),
        warning: (m) => logger.debug(`at base: ${m}`),
        error: (m) => logger.debug(`at base: ${m}`),
        group: (_name, fn) => fn(),
    };
}

;// CONCATENATED MODULE: ./shared/action/gate.ts

/** Pass or fail from the findings that count and `fail-on`; the exit code follows from it. */
function decideVerdict(findings, failOn, mustFail) {
    if (mustFail)
        return { failed: true, failOn, reason: mustFail };
    const counts = countBySeverity(activeFindings(findings));
    if (failOn === 'never')
        return { failed: false, failOn, reason: 'fail-on is never: findings are reported, the step passes' };
    const failing = failOn === 'error' ? counts.error : counts.error + counts.warning;
    if (failing > 0) {
        const what = failOn === 'error' ? `${counts.error} error(s)` : `${counts.error} error(s) and ${counts.warning} warning(s)`;
        return { failed: true, failOn, reason: `${what} with fail-on ${failOn}` };
    }
    return { failed: false, failOn, reason: `nothing at or above fail-on ${failOn}` };
}

;// CONCATENATED MODULE: ./shared/action/read-common-inputs.ts
function readCommonInputs(reader) {
    return Object.freeze({
        failOn: reader.oneOf('fail-on', ['error', 'warning', 'never'], 'error'),
        failOnExisting: reader.boolean('fail-on-existing', false),
        comment: reader.boolean('comment', true),
        checkRun: reader.boolean('check-run', true),
        sarifFile: reader.string('sarif-file'),
        reportPath: reader.string('report-path'),
        mode: reader.oneOf('mode', ['check', 'report'], 'check'),
    });
}

;// CONCATENATED MODULE: ./shared/action/prepare-run.ts







/**
 * Config file → input reader → the common inputs and the guard's own. `first` is where explicit values come
 * from (INPUT_* in the action, flags in the CLI): they win over `.bickford.yml`. A config file with errors is a
 * configuration error at the first one, with every error in the message.
 */
function prepareInputs(guard, fs, first, options) {
    const config = loadConfig(fs, new InputReader([first]).string('config'));
    if (config.errors.length > 0) {
        const all = config.errors.map((e) => `${e.file}${e.line ? `:${e.line}:${e.column}` : ''}: ${e.message}`).join(options.separator);
        throw new errors/* ConfigurationError */.j1(`invalid config:${options.prefix ?? ' '}${all}`, CONFIG_DOCS, config.errors[0]);
    }
    const reader = new InputReader([first, configSource(config, guard.name)]);
    const common = readCommonInputs(reader);
    const inputs = Object.freeze(guard.readInputs(reader));
    return { config, reader, common, inputs };
}
/**
 * The engine's run → existing findings told from new ones (base run or baseline file) → the change-set finding
 * first → repository-relative paths → the verdict.
 */
async function runAndJudge(run) {
    const { guard, inputs, common, ctx, resolution, engine, git } = run;
    // The base's worktree is checked out in the background while the guard runs at the head (new-code mode only).
    const pendingBase = startBaseTree({ guard: guard.name, newCode: run.newCode, resolution, fs: ctx.fs, git: ctx.git, tempDir: run.tempDir });
    const atHead = await guard.run(inputs, ctx).catch(async (e) => {
        await releaseBaseTree(pendingBase);
        throw e;
    });
    const raw = await adoptFindings({ guard, inputs, ctx, result: atHead, resolution, newCode: run.newCode, failOnExisting: common.failOnExisting, tempDir: run.tempDir, pendingBase });
    const result = withRepoPaths(engine.finding ? { ...raw, findings: [engine.finding, ...raw.findings] } : raw, git.prefix, guard.dataPaths);
    return { result, verdict: decideVerdict(result.findings, common.failOn, result.mustFail) };
}

;// CONCATENATED MODULE: ./shared/action/guard.ts
function defineGuard(guard) {
    return guard;
}
/** GitHub's runner. */
const ACTIONS_POLICIES = Object.freeze({ ephemeralMachine: true, installExpected: true, wholeTreeWithoutBase: false });
/** The CLI and the libraries, on a developer's machine. */
const LOCAL_POLICIES = Object.freeze({ ephemeralMachine: false, installExpected: false, wholeTreeWithoutBase: true });

;// CONCATENATED MODULE: ./shared/action/run-action.ts





















/**
 * The whole life of an action step: inputs, engine, reports, verdict. Every action's main.ts is this call.
 * The exit code is set, never process.exit(), so pending writes finish.
 */
async function runAction(guard, env = process.env) {
    const logger = new ActionsLogger();
    try {
        let runner = readRunnerEnv(env);
        const envSource = new EnvInputSource(env);
        const token = envSource.get('github-token');
        if (token)
            setSecret(token);
        const boot = new InputReader([envSource]);
        const workingDirectory = boot.string('working-directory') ?? '.';
        const root = external_node_path_.resolve(runner.workspace, workingDirectory);
        // Two jobs (a matrix over folders) of one guard keep one comment and check run each.
        const stickyKey = boot.string('id') ?? (external_node_path_.relative(runner.workspace, root).split(external_node_path_.sep).join('/') || undefined);
        const fs = new repo_fs/* NodeRepoFs */.E6(root);
        const { config, reader, common, inputs } = prepareInputs(guard, fs, envSource, { separator: '; ' });
        for (const name of guard.secretInputs ?? []) {
            const secret = reader.string(name);
            if (secret)
                setSecret(secret);
        }
        const git = new CliGitReader(root);
        const client = token ? new GitHubClient(runner.apiUrl, token, { logger, timeoutMs: runner.apiTimeoutMs }) : undefined;
        runner = await resolvePullHead(runner, client, logger, env);
        const override = guard.changeSet?.base?.(inputs);
        const base = override ?? runner.baseSha ?? (runner.eventName === 'push' ? runner.event.before : undefined);
        const head = runner.headSha ?? runner.run.sha;
        // Only a guard with something that needs the change set fetches or asks the API, and fails when it stays unknown.
        // The others get it from the clone alone, to put findings in changed files first.
        const required = guard.changeSet?.needed(inputs, { fs, env }) ?? false;
        const notNeeded = guard.changeSet ? 'nothing in this run compares with the base' : 'this guard compares nothing with the base';
        const api = !required ? notNeeded
            : !client ? 'no github-token'
                : !runner.owner || !runner.repo ? 'GITHUB_REPOSITORY is not set'
                    : !base ? 'nothing to compare'
                        : changeSetApi(client, { owner: runner.owner, repo: runner.repo }, { pr: override ? undefined : runner.prNumber, base, head: head ?? 'HEAD' });
        // On a pull request the base is also fetched for new-code mode, which runs the guard again at the base to tell
        // existing findings from new ones, even when the guard itself compares nothing with it.
        const newCode = Boolean(runner.baseSha) && guard.name !== 'ledger-record';
        const resolution = await resolveChanges({ base, head, git, fs, logger, fetch: required || newCode || notNeeded, required, api, needsBaseContent: guard.changeSet?.needsBaseContent });
        const engine = engineChanges(required, resolution, git);
        const ctx = {
            fs,
            git: engine.git,
            logger,
            changes: engine.changes,
            changesUnknown: engine.changesUnknown,
            labels: runner.labels,
            env,
            workDir: runner.tempDir,
            policies: ACTIONS_POLICIES,
            memo: newCodeMemo(guard.name, newCode),
            repository: runner.repository,
            run: runner.run,
            ...(client && runner.owner && runner.repo
                ? { github: { listCommitStatuses: (sha) => listCommitStatuses(client, { owner: runner.owner, repo: runner.repo }, sha) } }
                : {}),
        };
        const { result, verdict } = await runAndJudge({ guard, inputs, common, ctx, resolution, engine, git, newCode, tempDir: runner.tempDir });
        const repositoryFile = config.file ?? (fs.isFile('package.json') ? 'package.json' : undefined);
        await publishResult({
            result,
            common,
            runner,
            client,
            logger,
            defaultReportPath: external_node_path_.join(runner.tempDir, `bickford-${guard.name}.json`),
            options: {
                verdict,
                changed: repoTouched(engine.changes?.touched, git.prefix),
                fullReportUrl: runner.runUrl,
                version: BICKFORD_VERSION,
                stickyKey,
                // Where a repository-level SARIF result points, repository-relative like every other path that leaves the guard.
                repositoryFile: repositoryFile && toRepoPath(repositoryFile, git.prefix),
            },
        });
        logger.info(`${result.headline}. ${verdict.reason}.`);
        if (verdict.failed) {
            error(verdict.reason, { title: `${guard.name} failed` });
            process.exitCode = EXIT.findings;
        }
    }
    catch (e) {
        process.exitCode = handleError(e, logger, (message, location) => {
            error(message, location ? { file: location.file, startLine: location.line, startColumn: location.column } : {});
        });
    }
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/pg-ast.ts
/** The node's tag: libpg-query wraps every node as `{ Tag: { ...fields } }`. */
function kindOf(node) {
    if (!node)
        return undefined;
    const keys = Object.keys(node);
    return keys.length === 1 ? keys[0] : undefined;
}
/** The node's fields when it has the tag, else undefined. */
function nodeAs(node, kind) {
    if (!node || !(kind in node))
        return undefined;
    return node[kind];
}
/** The strings of a `String` node list, e.g. a qualified name. */
function stringsOf(list) {
    const out = [];
    for (const item of list ?? []) {
        const s = nodeAs(item, 'String');
        if (s?.sval !== undefined)
            out.push(s.sval);
    }
    return out;
}
/** An object name as written in DROP and RENAME lists: a `List` of Strings, a `String`, or a `TypeName`. */
function objectName(node) {
    const list = nodeAs(node, 'List');
    if (list)
        return stringsOf(list.items);
    const str = nodeAs(node, 'String');
    if (str?.sval !== undefined)
        return [str.sval];
    const typeName = nodeAs(node, 'TypeName');
    if (typeName)
        return stringsOf(typeName.names);
    return [];
}
/** The last part of a qualified name: Prisma qualifies rarely, and schemas are tracked by name only. */
function lastName(parts) {
    return parts[parts.length - 1] ?? '';
}
/** A relation as written, schema included when given: `User`, `auth.User`. SchemaState resolves the unqualified ones. */
function relationName(rel) {
    if (!rel?.relname)
        return '';
    return rel.schemaname ? `${rel.schemaname}.${rel.relname}` : rel.relname;
}
/** A qualified name from its parts (`["auth", "Role"]` → `auth.Role`), as relationName writes it. */
function qualifiedName(parts) {
    return parts.join('.');
}
/** A type as a person writes it: `varchar(20)`, `timestamp(3)`, `text[]`; `pg_catalog.` dropped. */
function typeText(typeName) {
    if (!typeName)
        return '';
    const names = stringsOf(typeName.names).filter((n) => n !== 'pg_catalog');
    const mods = (typeName.typmods ?? []).map((m) => {
        const c = nodeAs(m, 'A_Const');
        // libpg-query omits zero values, so `{ ival: {} }` is 0.
        if (c?.ival)
            return c.ival.ival ?? 0;
        return c?.sval?.sval ?? '?';
    });
    const base = names.join('.') + (mods.length ? `(${mods.join(',')})` : '');
    return base + '[]'.repeat(typeName.arrayBounds?.length ?? 0);
}
/** The base type name without modifiers, lower-cased: `varchar`, `int4`, `timestamp`. */
function baseTypeName(typeName) {
    return lastName(stringsOf(typeName?.names)).toLowerCase();
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/schema-state.ts

/**
 * What earlier migrations built, and which objects the migrations being scored created.
 * Tables created in scope are new and empty, so lock and data rules do not apply to them; a column
 * added in scope to an existing table is new but not empty (its rows exist, holding NULL or a backfill).
 * Unknown objects count as existing and full: nothing unknown passes as safe.
 *
 * Names are schema-qualified: an unqualified name resolves through the default schema, as PostgreSQL's
 * search_path does for Prisma (`public`, or the schema of the connection URL).
 */
class SchemaState {
    defaultSchema;
    tables = new Map();
    types = new Map();
    indexes = new Map();
    views = new Map();
    /** `table.column` pairs with a validated `CHECK (col IS NOT NULL)`. */
    notNullChecks = new Set();
    pendingChecks = new Map();
    /** What this scope created, so that settling costs what the scope did, not the size of the schema. */
    created = [];
    constructor(defaultSchema = 'public') {
        this.defaultSchema = defaultSchema;
    }
    /** The key of a name as written: `User` and `public.User` are the same table; `auth.User` is another. */
    key(name) {
        return name.includes('.') ? name : `${this.defaultSchema}.${name}`;
    }
    fresh(thing) {
        this.created.push(thing);
        return thing;
    }
    column(table, column) {
        return this.tables.get(this.key(table))?.columns.get(column);
    }
    isNewTable(name) {
        return this.tables.get(this.key(name))?.isNew === true;
    }
    /** The column was created in scope, on a new table or added to an existing one. */
    isNewColumn(table, column) {
        return this.isNewTable(table) || this.column(table, column)?.isNew === true;
    }
    /** Added in scope to a table that existed before: its rows exist, and code already deployed does not write it. */
    isAddedToExistingTable(table, column) {
        return !this.isNewTable(table) && this.column(table, column)?.isNew === true;
    }
    isNewType(name) {
        return this.types.get(this.key(name))?.isNew === true;
    }
    isNewIndex(name) {
        return this.indexes.get(this.key(name))?.isNew === true;
    }
    isNewView(name) {
        return this.views.get(this.key(name))?.isNew === true;
    }
    columnType(table, column) {
        return this.column(table, column)?.type;
    }
    columnInfo(table, column) {
        return this.column(table, column);
    }
    /** The kind of a constraint that an earlier statement created, or undefined when no statement seen did. */
    constraintKind(table, name) {
        return this.tables.get(this.key(table))?.constraints.get(name);
    }
    enumValues(name) {
        return this.types.get(this.key(name))?.values;
    }
    hasValidatedNotNullCheck(table, column) {
        return this.notNullChecks.has(`${this.key(table)}.${column}`);
    }
    /** Ends a scope: what it created now exists (and may hold data) for the migrations after it. */
    settle() {
        for (const thing of this.created)
            thing.isNew = false;
        this.created = [];
    }
    /** Records what a statement creates, renames or drops. Call after the rules have seen it. */
    apply(statement) {
        const n = statement.node;
        const create = nodeAs(n, 'CreateStmt');
        if (create?.relation?.relname)
            return this.applyCreateTable(relationName(create.relation), create.tableElts ?? []);
        const ctas = nodeAs(n, 'CreateTableAsStmt');
        if (ctas?.into?.rel?.relname) {
            const name = this.key(relationName(ctas.into.rel));
            if (ctas.objtype === 'OBJECT_MATVIEW')
                return void this.views.set(name, this.fresh({ isNew: true }));
            return void this.tables.set(name, this.fresh({ columns: new Map(), constraints: new Map(), isNew: true }));
        }
        const view = nodeAs(n, 'ViewStmt');
        if (view?.view?.relname)
            return void this.views.set(this.key(relationName(view.view)), this.fresh({ isNew: true }));
        const alter = nodeAs(n, 'AlterTableStmt');
        if (alter?.relation?.relname && (!alter.objtype || alter.objtype === 'OBJECT_TABLE'))
            return this.applyAlterTable(relationName(alter.relation), alter.cmds ?? []);
        const en = nodeAs(n, 'CreateEnumStmt');
        if (en)
            return void this.types.set(this.key(qualifiedName(stringsOf(en.typeName))), this.fresh({ values: stringsOf(en.vals), isNew: true }));
        const comp = nodeAs(n, 'CompositeTypeStmt');
        if (comp?.typevar?.relname)
            return void this.types.set(this.key(relationName(comp.typevar)), this.fresh({ values: undefined, isNew: true }));
        const alterEnum = nodeAs(n, 'AlterEnumStmt');
        if (alterEnum)
            return this.applyAlterEnum(qualifiedName(stringsOf(alterEnum.typeName)), alterEnum.oldVal, alterEnum.newVal);
        const index = nodeAs(n, 'IndexStmt');
        // An index lives in its table's schema.
        if (index?.idxname)
            return void this.indexes.set(this.key(index.relation?.schemaname ? `${index.relation.schemaname}.${index.idxname}` : index.idxname), this.fresh({ isNew: true }));
        const rename = nodeAs(n, 'RenameStmt');
        if (rename)
            return this.applyRename(rename.renameType, rename.relation?.relname ? relationName(rename.relation) : qualifiedName(objectName(rename.object)), rename.subname, rename.newname);
        const drop = nodeAs(n, 'DropStmt');
        if (drop)
            for (const o of drop.objects ?? [])
                this.forget(drop.removeType, qualifiedName(objectName(o)));
    }
    applyCreateTable(name, elts) {
        const columns = new Map();
        const table = { columns, constraints: new Map(), isNew: true };
        const relname = name.slice(name.lastIndexOf('.') + 1);
        for (const elt of elts) {
            const col = nodeAs(elt, 'ColumnDef');
            if (col?.colname) {
                const cons = (col.constraints ?? []).map((c) => nodeAs(c, 'Constraint')).filter((c) => c !== undefined);
                columns.set(col.colname, this.fresh(columnOf(col.typeName, cons, col.is_not_null)));
                for (const c of cons)
                    this.noteConstraint(table, c, relname);
            }
            const con = nodeAs(elt, 'Constraint');
            if (con)
                this.noteConstraint(table, con, relname);
        }
        this.tables.set(this.key(name), this.fresh(table));
    }
    applyAlterTable(name, cmds) {
        const key = this.key(name);
        const info = this.tables.get(key) ?? { columns: new Map(), constraints: new Map(), isNew: false };
        this.tables.set(key, info);
        const relname = name.slice(name.lastIndexOf('.') + 1);
        for (const c of cmds) {
            const cmd = nodeAs(c, 'AlterTableCmd');
            if (!cmd)
                continue;
            const def = nodeAs(cmd.def, 'ColumnDef');
            const existing = cmd.name ? info.columns.get(cmd.name) : undefined;
            if (cmd.subtype === 'AT_AddColumn' && def?.colname) {
                const cons = (def.constraints ?? []).map((x) => nodeAs(x, 'Constraint')).filter((x) => x !== undefined);
                info.columns.set(def.colname, this.fresh(columnOf(def.typeName, cons, def.is_not_null)));
                for (const con of cons)
                    this.noteConstraint(info, con, relname);
            }
            else if (cmd.subtype === 'AT_DropColumn' && cmd.name)
                info.columns.delete(cmd.name);
            else if (cmd.subtype === 'AT_AlterColumnType' && cmd.name) {
                if (existing)
                    existing.type = def?.typeName;
                else
                    info.columns.set(cmd.name, { type: def?.typeName, isNew: false, hasDefault: false, notNull: false });
            }
            else if (cmd.subtype === 'AT_ColumnDefault' && existing)
                existing.hasDefault = cmd.def !== undefined && !isNullConst(cmd.def);
            else if (cmd.subtype === 'AT_SetNotNull' && existing)
                existing.notNull = true;
            else if (cmd.subtype === 'AT_DropNotNull' && existing)
                existing.notNull = false;
            else if (cmd.subtype === 'AT_AddConstraint') {
                const con = nodeAs(cmd.def, 'Constraint');
                if (con)
                    this.noteConstraint(info, con, relname);
                this.noteCheck(key, cmd.def);
            }
            else if (cmd.subtype === 'AT_DropConstraint' && cmd.name)
                info.constraints.delete(cmd.name);
            else if (cmd.subtype === 'AT_ValidateConstraint' && cmd.name) {
                const column = this.pendingChecks.get(`${key}.${cmd.name}`);
                if (column)
                    this.notNullChecks.add(`${key}.${column}`);
            }
        }
    }
    /** Named as PostgreSQL names what the statement leaves unnamed (only the primary key's name is certain: `<table>_pkey`). */
    noteConstraint(table, con, relname) {
        const kind = constraintKindOf(con.contype);
        if (!kind)
            return;
        const name = con.conname ?? (kind === 'primaryKey' ? `${relname}_pkey` : undefined);
        if (name)
            table.constraints.set(name, kind);
    }
    noteCheck(table, def) {
        const con = nodeAs(def, 'Constraint');
        const test = nodeAs(con?.raw_expr, 'NullTest');
        const fields = stringsOf(nodeAs(test?.arg, 'ColumnRef')?.fields);
        const column = fields[fields.length - 1];
        if (con?.contype !== 'CONSTR_CHECK' || test?.nulltesttype !== 'IS_NOT_NULL' || !column)
            return;
        if (con.skip_validation)
            this.pendingChecks.set(`${table}.${con.conname ?? ''}`, column);
        else
            this.notNullChecks.add(`${table}.${column}`);
    }
    applyAlterEnum(name, oldVal, newVal) {
        const t = this.types.get(this.key(name));
        if (!t?.values || newVal === undefined)
            return;
        if (oldVal !== undefined)
            t.values = t.values.map((v) => (v === oldVal ? newVal : v));
        else if (!t.values.includes(newVal))
            t.values.push(newVal);
    }
    applyRename(kind, name, sub, to) {
        if (!to)
            return;
        // RENAME TO keeps the schema: `ALTER TABLE auth."A" RENAME TO "B"` makes auth.B.
        const from = this.key(name);
        const target = `${from.slice(0, from.lastIndexOf('.'))}.${to}`;
        if (kind === 'OBJECT_TABLE')
            move(this.tables, from, target);
        else if (kind === 'OBJECT_TYPE')
            move(this.types, from, target);
        else if (kind === 'OBJECT_INDEX')
            move(this.indexes, from, target);
        else if (kind === 'OBJECT_VIEW' || kind === 'OBJECT_MATVIEW')
            move(this.views, from, target);
        else if (kind === 'OBJECT_COLUMN' && sub) {
            const cols = this.tables.get(from)?.columns;
            if (cols?.has(sub))
                move(cols, sub, to);
        }
        else if (kind === 'OBJECT_TABCONSTRAINT' && sub) {
            const cons = this.tables.get(from)?.constraints;
            if (cons?.has(sub))
                move(cons, sub, to);
        }
    }
    forget(kind, name) {
        const key = this.key(name);
        if (kind === 'OBJECT_TABLE')
            this.tables.delete(key);
        else if (kind === 'OBJECT_TYPE')
            this.types.delete(key);
        else if (kind === 'OBJECT_INDEX')
            this.indexes.delete(key);
        else if (kind === 'OBJECT_VIEW' || kind === 'OBJECT_MATVIEW')
            this.views.delete(key);
    }
}
/** Types whose columns get a default from a sequence. */
const SERIAL_TYPES = new Set(['serial', 'bigserial', 'smallserial', 'serial2', 'serial4', 'serial8']);
function columnOf(type, cons, isNotNull) {
    const hasDefault = SERIAL_TYPES.has(baseTypeName(type)) || cons.some((c) => (c.contype === 'CONSTR_DEFAULT' && !isNullConst(c.raw_expr)) || c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED');
    const notNull = isNotNull === true || cons.some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
    return { type, isNew: true, hasDefault, notNull };
}
/** `DEFAULT NULL`: a default that fills nothing. */
function isNullConst(expr) {
    const c = nodeAs(expr, 'A_Const');
    return c?.isnull === true;
}
function constraintKindOf(contype) {
    switch (contype) {
        case 'CONSTR_FOREIGN':
            return 'foreignKey';
        case 'CONSTR_PRIMARY':
            return 'primaryKey';
        case 'CONSTR_UNIQUE':
            return 'unique';
        case 'CONSTR_CHECK':
            return 'check';
        case 'CONSTR_EXCLUSION':
            return 'exclusion';
        default:
            return undefined;
    }
}
function move(map, from, to) {
    const v = map.get(from);
    if (v === undefined)
        return;
    map.delete(from);
    map.set(to, v);
}

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/helpers.ts

/**
 * A pattern for a whole identifier as PostgreSQL reads it: quoted exactly (`"paid"` is not `id`), or bare
 * in any case when the name is lower-case (bare names fold to lower case, so a bare `ID` is `id`). A
 * qualified name (`auth.User`) matches its parts separated by a dot.
 */
function ident(name) {
    return name.split('.').map(identPart).join('\\s*\\.\\s*');
}
function identPart(name) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const quoted = `(?<![\\w$"])"${escaped.replace(/"/g, '""')}"`;
    if (name !== name.toLowerCase() || !/^[a-z_][a-z0-9_$]*$/.test(name))
        return quoted;
    const bare = [...escaped].map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c)).join('');
    return `(?:${quoted}|(?<![\\w$"])${bare}(?![\\w$"]))`;
}
/** `ALTER TABLE` clauses with their table, or undefined for other statements. */
function alterTable(ctx) {
    const alter = ctx.node('AlterTableStmt');
    if (!alter?.relation?.relname || (alter.objtype && alter.objtype !== 'OBJECT_TABLE'))
        return undefined;
    const cmds = [];
    for (const c of alter.cmds ?? []) {
        const cmd = nodeAs(c, 'AlterTableCmd');
        if (cmd)
            cmds.push(cmd);
    }
    return { table: relationName(alter.relation), cmds };
}
function columnDefOf(cmd) {
    return nodeAs(cmd.def, 'ColumnDef');
}
function constraintsOf(col) {
    const out = [];
    for (const c of col.constraints ?? []) {
        const con = nodeAs(c, 'Constraint');
        if (con)
            out.push(con);
    }
    return out;
}
/** Every column definition a statement writes: CREATE TABLE, ADD COLUMN, ALTER COLUMN TYPE. */
function columnTypesOf(ctx) {
    const out = [];
    const create = ctx.node('CreateStmt');
    for (const elt of create?.tableElts ?? []) {
        const col = nodeAs(elt, 'ColumnDef');
        if (col?.typeName)
            out.push({ column: col.colname ?? '', table: relationName(create?.relation), type: col.typeName });
    }
    const alter = alterTable(ctx);
    for (const cmd of alter?.cmds ?? []) {
        const col = columnDefOf(cmd);
        if (!col?.typeName)
            continue;
        if (cmd.subtype === 'AT_AddColumn')
            out.push({ column: col.colname ?? '', table: alter.table, type: col.typeName });
        if (cmd.subtype === 'AT_AlterColumnType')
            out.push({ column: cmd.name ?? '', table: alter.table, type: col.typeName });
    }
    return out;
}
function isDefault(c) {
    return c.contype === 'CONSTR_DEFAULT';
}
/** The statement also sets a default on the column (clauses of one ALTER TABLE apply together). */
function setsDefaultHere(cmds, column) {
    return cmds.some((c) => c.subtype === 'AT_ColumnDefault' && c.def !== undefined && c.name === column);
}

;// CONCATENATED MODULE: ./shared/rules/define-rule.ts

/** Fills `{{name}}` from data; a placeholder without data stays as written, so a missing value shows. */
function interpolate(template, data = {}) {
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, key) => (key in data ? String(data[key]) : all));
}
/**
 * A rule's frozen metadata and its report(). Extra fields (a check, risk flags) are kept as given. The finding's
 * fields are written in one order for every guard, so the JSON report reads the same whichever guard wrote it.
 */
function defineRule(spec) {
    const messages = (spec.messages ?? {});
    const report = (r) => {
        const message = r.messageId !== undefined ? interpolate(messages[r.messageId], r.data) : r.message;
        return createFinding({
            ruleId: spec.id,
            severity: r.severity ?? spec.severity,
            ...(spec.category !== undefined ? { category: spec.category } : {}),
            message,
            ...(r.location ? { location: r.location } : {}),
            ...(r.trace ? { trace: r.trace } : {}),
            help: r.help ?? spec.help,
            ...(r.fingerprintKey !== undefined ? { fingerprintKey: r.fingerprintKey } : {}),
            ...(r.fingerprintFile !== undefined ? { fingerprintFile: r.fingerprintFile } : {}),
            ...(r.properties ? { properties: r.properties } : {}),
        });
    };
    return Object.freeze({ ...spec, messages: Object.freeze({ ...messages }), docsUrl: docsUrlFor(spec.id), report });
}

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/types.ts

/** Keeps the message ids of `check` tied to the ones declared in `messages`; findings are built by the rule's report(). */
function types_defineRule(rule) {
    return defineRule(rule);
}
/** A rule the engine reports itself (syntax errors, bad suppressions, the risk gate): listed and documented like the others. */
function defineMetaRule(spec) {
    return types_defineRule({ ...spec, category: 'meta', defaultEnabled: true, check: () => undefined });
}

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-add-required-column.ts




const banAddRequiredColumn = types_defineRule({
    id: 'ban-add-required-column',
    guard: 'migration-score',
    severity: 'error',
    category: 'regressive',
    description: 'A NOT NULL column without a default cannot be added to a table that has rows, and code already deployed does not write it.',
    messages: {
        requiredColumn: 'Adding required column {{column}} to {{table}} without a default fails on a table with rows, and inserts from code already deployed will fail.',
        defaultNull: 'Adding required column {{column}} to {{table}} with DEFAULT NULL: the default fills nothing, so it fails on a table with rows, and inserts from code already deployed will fail.',
        requiredInSteps: 'SET NOT NULL makes {{column}}, added to {{table}} by this pull request without a default, required: inserts from code already deployed do not write it and will fail (Prisma\'s "required column without a default", in steps).',
    },
    risk: { highRisk: true },
    defaultEnabled: true,
    help: 'Add the column as nullable (or with a constant DEFAULT), backfill it, release code that writes it, then SET NOT NULL after a validated CHECK (col IS NOT NULL).',
    check(ctx) {
        const alter = alterTable(ctx);
        if (!alter || ctx.schema.isNewTable(alter.table))
            return;
        const { table } = alter;
        for (const [clause, cmd] of alter.cmds.entries()) {
            if (cmd.subtype === 'AT_SetNotNull' && cmd.name && ctx.schema.isAddedToExistingTable(table, cmd.name) && !hasDefault(ctx.schema, table, cmd.name, alter.cmds)) {
                ctx.report({ messageId: 'requiredInSteps', data: { table, column: cmd.name }, clause, near: /SET\s+NOT\s+NULL/i });
                continue;
            }
            const col = columnDefOf(cmd);
            if (cmd.subtype !== 'AT_AddColumn' || !col?.colname)
                continue;
            const cons = constraintsOf(col);
            const notNull = col.is_not_null || cons.some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
            const nullDefault = cons.find((c) => c.contype === 'CONSTR_DEFAULT' && isNullConst(c.raw_expr));
            const filled = cons.some((c) => (c.contype === 'CONSTR_DEFAULT' && !isNullConst(c.raw_expr)) || c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED');
            if (!notNull || filled || SERIAL_TYPES.has(baseTypeName(col.typeName)))
                continue;
            if (nullDefault)
                ctx.report({ messageId: 'defaultNull', data: { table, column: col.colname }, byte: nullDefault.location });
            else
                ctx.report({ messageId: 'requiredColumn', data: { table, column: col.colname }, byte: col.location });
        }
    },
});
/** Inserts that leave the column out still fill it: a default set earlier, or in the same statement. */
function hasDefault(schema, table, column, cmds) {
    return schema.columnInfo(table, column)?.hasDefault === true || setsDefaultHere(cmds, column);
}

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-add-unique-constraint.ts



const banAddUniqueConstraint = types_defineRule({
    id: 'ban-add-unique-constraint',
    guard: 'migration-score',
    severity: 'warning',
    category: 'locking',
    description: 'Adding a UNIQUE or PRIMARY KEY constraint builds its index under an ACCESS EXCLUSIVE lock, and fails on duplicates.',
    messages: {
        unique: 'UNIQUE constraint {{constraint}} on {{table}} builds its index while the table is locked against reads and writes, and fails if duplicates exist.',
        primaryKey: 'PRIMARY KEY {{constraint}} on {{table}} builds its index while the table is locked against reads and writes.',
    },
    risk: { highRisk: true, downtime: true },
    defaultEnabled: true,
    help: 'CREATE UNIQUE INDEX CONCURRENTLY in its own migration, then ADD CONSTRAINT ... UNIQUE USING INDEX (or PRIMARY KEY USING INDEX), which is instant.',
    check(ctx) {
        const alter = alterTable(ctx);
        if (!alter || ctx.schema.isNewTable(alter.table))
            return;
        for (const cmd of alter.cmds) {
            const con = nodeAs(cmd.def, 'Constraint');
            if (cmd.subtype !== 'AT_AddConstraint' || !con || con.indexname)
                continue;
            const data = { table: alter.table, constraint: con.conname ?? '(unnamed)' };
            if (con.contype === 'CONSTR_UNIQUE')
                ctx.report({ messageId: 'unique', data, byte: con.location });
            else if (con.contype === 'CONSTR_PRIMARY')
                ctx.report({ messageId: 'primaryKey', data, byte: con.location });
        }
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-alter-enum-add-value-in-transaction.ts


const banAlterEnumAddValueInTransaction = types_defineRule({
    id: 'ban-alter-enum-add-value-in-transaction',
    guard: 'migration-score',
    severity: 'error',
    category: 'locking',
    description: 'Before PostgreSQL 12, ALTER TYPE ... ADD VALUE cannot run inside a transaction, and Prisma runs a multi-statement file as one.',
    messages: { addValue: "ALTER TYPE {{type}} ADD VALUE '{{value}}' fails inside a transaction on PostgreSQL {{pgVersion}}; this file has {{count}} statements." },
    risk: { highRisk: true },
    defaultEnabled: true,
    help: 'Put the ADD VALUE statement alone in its own migration file, or upgrade to PostgreSQL 12 or later (set pg-version).',
    check(ctx) {
        const e = ctx.node('AlterEnumStmt');
        const type = qualifiedName(stringsOf(e?.typeName));
        if (!e?.newVal || e.oldVal || !ctx.inTransaction || ctx.settings.pgVersion >= 12 || ctx.schema.isNewType(type))
            return;
        ctx.report({ messageId: 'addValue', data: { type, value: e.newVal, pgVersion: ctx.settings.pgVersion, count: ctx.statements.length } });
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/type-change.ts

const TEXTUAL = new Set(['text', 'varchar']);
function modifiers(t) {
    return (t.typmods ?? []).map((m) => nodeAs(m, 'A_Const')?.ival?.ival ?? 0);
}
/**
 * Whether PostgreSQL changes the type without rewriting the table or checking a row: the binary-coercible
 * changes of https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES
 * (varchar growing or losing its limit, varchar to text, numeric gaining precision at the same scale).
 */
function isBinaryCompatible(from, to) {
    if ((from.arrayBounds?.length ?? 0) !== (to.arrayBounds?.length ?? 0))
        return false;
    const a = baseTypeName(from);
    const b = baseTypeName(to);
    const am = modifiers(from);
    const bm = modifiers(to);
    if (TEXTUAL.has(a) && TEXTUAL.has(b)) {
        if (b === 'text' || bm.length === 0)
            return true;
        return a === 'varchar' && am.length > 0 && bm[0] >= am[0];
    }
    if (a === 'numeric' && b === 'numeric') {
        if (bm.length === 0)
            return true;
        return am.length > 0 && (am[1] ?? 0) === (bm[1] ?? 0) && bm[0] >= am[0];
    }
    return a === b && am.length === bm.length && am.every((m, i) => m === bm[i]);
}

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-column-type-change.ts




const banColumnTypeChange = types_defineRule({
    id: 'ban-column-type-change',
    guard: 'migration-score',
    severity: 'error',
    category: 'regressive',
    description: 'Changing a column type rewrites the table under an ACCESS EXCLUSIVE lock and can break code that reads the old type.',
    messages: {
        typeChange: 'Changing {{table}}.{{column}} from {{from}} to {{to}} rewrites the table under an ACCESS EXCLUSIVE lock, and code already deployed still expects {{from}}.',
        unknownFrom: 'Changing {{table}}.{{column}} to {{to}}: no earlier migration declares the column, so the change cannot be shown to be safe; most type changes rewrite the table.',
        usingClause: 'Changing {{table}}.{{column}} to {{to}} with USING rewrites every row under an ACCESS EXCLUSIVE lock.',
    },
    risk: { highRisk: true, downtime: true },
    defaultEnabled: true,
    help: 'Add a column of the new type, write to both and backfill in batches, switch reads, then drop the old column. Growing a varchar, or varchar to text, is safe and not reported.',
    check(ctx) {
        if (ctx.inEnumSwap)
            return;
        const alter = alterTable(ctx);
        for (const [clause, cmd] of (alter?.cmds ?? []).entries()) {
            const col = columnDefOf(cmd);
            if (cmd.subtype !== 'AT_AlterColumnType' || !cmd.name || !col?.typeName)
                continue;
            const { table } = alter;
            // A column this PR added to an existing table is not empty: every row holds it, so the rewrite is real.
            if (ctx.schema.isNewTable(table))
                continue;
            const from = ctx.schema.columnType(table, cmd.name);
            const data = { table, column: cmd.name, to: typeText(col.typeName), from: from ? typeText(from) : '' };
            const at = { clause, near: new RegExp(`ALTER\\s+(?:COLUMN\\s+)?${ident(cmd.name)}`, 'i') };
            if (col.raw_default)
                ctx.report({ messageId: 'usingClause', data, ...at });
            else if (!from)
                ctx.report({ messageId: 'unknownFrom', data, ...at });
            else if (!isBinaryCompatible(from, col.typeName))
                ctx.report({ messageId: 'typeChange', data, ...at });
        }
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-concurrent-index-in-transaction.ts

const banConcurrentIndexInTransaction = types_defineRule({
    id: 'ban-concurrent-index-in-transaction',
    guard: 'migration-score',
    severity: 'error',
    category: 'locking',
    description: 'CONCURRENTLY cannot run inside a transaction, and Prisma runs a file of several statements as one.',
    messages: { inTransaction: '{{verb}} INDEX CONCURRENTLY fails here: this file has {{count}} statements, and Prisma runs them as one transaction.' },
    risk: { highRisk: true },
    defaultEnabled: true,
    help: 'Put the CONCURRENTLY statement alone in its own migration file.',
    check(ctx) {
        if (!ctx.inTransaction)
            return;
        const idx = ctx.node('IndexStmt');
        const drop = ctx.node('DropStmt');
        const reindex = ctx.node('ReindexStmt');
        const concurrentReindex = (reindex?.params ?? []).some((p) => 'DefElem' in p && p.DefElem.defname === 'concurrently');
        const verb = idx?.concurrent ? 'CREATE' : drop?.concurrent ? 'DROP' : concurrentReindex ? 'REINDEX' : undefined;
        if (verb)
            ctx.report({ messageId: 'inTransaction', data: { verb, count: ctx.statements.length } });
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-drop-column.ts


const banDropColumn = types_defineRule({
    id: 'ban-drop-column',
    guard: 'migration-score',
    severity: 'error',
    category: 'regressive',
    description: 'Dropping a column deletes its values and breaks code that still selects it.',
    messages: { dropColumn: 'Dropping column {{column}} from {{table}} deletes its values, and code already deployed still selects it.' },
    risk: { highRisk: true, dataLoss: true, noRollback: true },
    defaultEnabled: true,
    help: 'Expand and contract: stop reading and writing the column in one release (Prisma: remove the field and deploy), then drop it in a later migration and approve it.',
    check(ctx) {
        const alter = alterTable(ctx);
        for (const [clause, cmd] of (alter?.cmds ?? []).entries()) {
            if (cmd.subtype !== 'AT_DropColumn' || !cmd.name || ctx.schema.isNewColumn(alter.table, cmd.name))
                continue;
            ctx.report({
                messageId: 'dropColumn',
                data: { table: alter.table, column: cmd.name },
                clause, near: new RegExp(`DROP\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?${ident(cmd.name)}`, 'i'),
            });
        }
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-drop-default-on-required-column.ts



const banDropDefaultOnRequiredColumn = types_defineRule({
    id: 'ban-drop-default-on-required-column',
    guard: 'migration-score',
    severity: 'error',
    category: 'regressive',
    description: 'DROP DEFAULT on a NOT NULL column makes inserts that leave the column out fail, and code already deployed may rely on the default.',
    messages: {
        dropDefault: 'DROP DEFAULT on {{table}}.{{column}}, which is NOT NULL: inserts from code already deployed that leave {{column}} out will fail.',
    },
    risk: { highRisk: true },
    defaultEnabled: true,
    help: 'Release code that always writes the column first (Prisma: remove @default and deploy the client), then drop the default in a later migration and approve it.',
    check(ctx) {
        const alter = alterTable(ctx);
        if (!alter || ctx.schema.isNewTable(alter.table))
            return;
        for (const [clause, cmd] of alter.cmds.entries()) {
            // AT_ColumnDefault without an expression is DROP DEFAULT.
            if (cmd.subtype !== 'AT_ColumnDefault' || cmd.def || !cmd.name || ctx.schema.isNewColumn(alter.table, cmd.name))
                continue;
            const notNull = (ctx.schema.columnInfo(alter.table, cmd.name)?.notNull === true || has(alter.cmds, 'AT_SetNotNull', cmd.name)) && !has(alter.cmds, 'AT_DropNotNull', cmd.name);
            // Prisma's enum swap drops the default to retype the column and sets it again a few lines later.
            if (!notNull || defaultSetLater(ctx.statements, ctx.statement.index, ctx.schema, alter.table, cmd.name))
                continue;
            ctx.report({ messageId: 'dropDefault', data: { table: alter.table, column: cmd.name }, clause, near: new RegExp(`ALTER\\s+(?:COLUMN\\s+)?${ident(cmd.name)}`, 'i') });
        }
    },
});
function has(cmds, subtype, column) {
    return cmds.some((c) => c.subtype === subtype && c.name === column);
}
function defaultSetLater(statements, after, schema, table, column) {
    return statements.slice(after + 1).some((s) => {
        const alter = nodeAs(s.node, 'AlterTableStmt');
        if (!alter || schema.key(relationName(alter.relation)) !== schema.key(table))
            return false;
        return (alter.cmds ?? []).some((c) => {
            const cmd = nodeAs(c, 'AlterTableCmd');
            return cmd?.subtype === 'AT_ColumnDefault' && cmd.def !== undefined && cmd.name === column;
        });
    });
}

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-drop-foreign-key.ts



const banDropForeignKey = types_defineRule({
    id: 'ban-drop-foreign-key',
    guard: 'migration-score',
    severity: 'warning',
    category: 'regressive',
    description: 'Dropping a foreign key lets orphaned rows in: integrity, not data, is lost.',
    messages: { dropForeignKey: 'Dropping foreign key {{constraint}} on {{table}} lets rows point at nothing; adding it back later must validate every row.' },
    risk: { noRollback: true },
    defaultEnabled: true,
    help: 'Keep the foreign key unless the relation is gone; if it must change, add the new one NOT VALID and VALIDATE it before dropping the old one.',
    check(ctx) {
        const alter = alterTable(ctx);
        if (!alter || ctx.schema.isNewTable(alter.table))
            return;
        for (const [clause, cmd] of alter.cmds.entries()) {
            if (cmd.subtype !== 'AT_DropConstraint' || !cmd.name || !isForeignKey(ctx.schema, alter.table, cmd.name))
                continue;
            // Prisma changes onDelete/onUpdate by dropping the key and adding it back under the same name: nothing dangles.
            if (readdedLater(ctx.statements, ctx.statement.index, ctx.schema, alter.table, cmd.name))
                continue;
            ctx.report({ messageId: 'dropForeignKey', data: { table: alter.table, constraint: cmd.name }, clause, near: new RegExp(ident(cmd.name)) });
        }
    },
});
/**
 * From the parse tree of the statement that created it. A constraint no replayed statement created
 * (a history that did not parse, or SQL outside the migrations) falls back on Prisma's `_fkey` naming.
 */
function isForeignKey(schema, table, name) {
    const kind = schema.constraintKind(table, name);
    return kind === undefined ? name.endsWith('_fkey') : kind === 'foreignKey';
}
/** A later ALTER TABLE of the same file adds a foreign key of the same name to the same table. */
function readdedLater(statements, after, schema, table, name, contype = 'CONSTR_FOREIGN') {
    // The same statement may drop and add again (`DROP CONSTRAINT x, ADD CONSTRAINT x ...`): include it.
    return statements.slice(after).some((s) => {
        const alter = nodeAs(s.node, 'AlterTableStmt');
        if (!alter || schema.key(relationName(alter.relation)) !== schema.key(table))
            return false;
        return (alter.cmds ?? []).some((c) => {
            const cmd = nodeAs(c, 'AlterTableCmd');
            const con = nodeAs(cmd?.def, 'Constraint');
            return cmd?.subtype === 'AT_AddConstraint' && con?.contype === contype && con.conname === name;
        });
    });
}

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-drop-not-null.ts


const banDropNotNull = types_defineRule({
    id: 'ban-drop-not-null',
    guard: 'migration-score',
    // The usual expand step (making a field optional): a warning unless `drop-not-null: error`.
    severity: 'warning',
    category: 'regressive',
    description: 'DROP NOT NULL lets NULLs in that code already deployed may not expect.',
    messages: { dropNotNull: 'DROP NOT NULL on {{table}}.{{column}} lets NULL values in; code already deployed that treats the column as always set breaks on the first NULL.' },
    risk: { highRisk: true },
    defaultEnabled: true,
    help: 'Release code that handles NULL in this column first (Prisma: make the field optional and deploy), then drop the constraint. With `drop-not-null: error` it is denied unless approved.',
    check(ctx) {
        const alter = alterTable(ctx);
        const severity = ctx.settings.dropNotNull === 'error' ? 'error' : 'warning';
        for (const [clause, cmd] of (alter?.cmds ?? []).entries()) {
            if (cmd.subtype !== 'AT_DropNotNull' || !cmd.name || ctx.schema.isNewColumn(alter.table, cmd.name))
                continue;
            ctx.report({ messageId: 'dropNotNull', severity, data: { table: alter.table, column: cmd.name }, clause, near: new RegExp(`ALTER\\s+(?:COLUMN\\s+)?${ident(cmd.name)}`, 'i') });
        }
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-drop-primary-key.ts



const banDropPrimaryKey = types_defineRule({
    id: 'ban-drop-primary-key',
    guard: 'migration-score',
    severity: 'error',
    category: 'regressive',
    description: 'Dropping a primary key removes what identifies a row: duplicates can come in, foreign keys to it must go first, and logical replication stops accepting UPDATE and DELETE.',
    messages: {
        dropPrimaryKey: 'Dropping primary key {{constraint}} of {{table}} lets duplicate and NULL keys in, and UPDATE and DELETE fail on a table published for logical replication.',
        replacePrimaryKey: 'Primary key {{constraint}} of {{table}} is dropped and added again: the new key builds a unique index under an ACCESS EXCLUSIVE lock, and code already deployed still identifies rows by the old one.',
    },
    risk: { highRisk: true, downtime: true },
    defaultEnabled: true,
    help: 'Build the new key first (CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... PRIMARY KEY USING INDEX after the old one is dropped in the same short transaction), and release code that uses it before.',
    check(ctx) {
        const alter = alterTable(ctx);
        if (!alter || ctx.schema.isNewTable(alter.table))
            return;
        for (const [clause, cmd] of alter.cmds.entries()) {
            if (cmd.subtype !== 'AT_DropConstraint' || !cmd.name)
                continue;
            const kind = ctx.schema.constraintKind(alter.table, cmd.name);
            // Known from the parse tree of the statement that made it; Prisma's `_pkey` naming only when no replayed statement did.
            if (kind === undefined ? !cmd.name.endsWith('_pkey') : kind !== 'primaryKey')
                continue;
            const replaced = readdedLater(ctx.statements, ctx.statement.index, ctx.schema, alter.table, cmd.name, 'CONSTR_PRIMARY');
            ctx.report({ messageId: replaced ? 'replacePrimaryKey' : 'dropPrimaryKey', data: { table: alter.table, constraint: cmd.name }, clause, near: new RegExp(ident(cmd.name)) });
        }
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-drop-schema.ts


const banDropSchema = types_defineRule({
    id: 'ban-drop-schema',
    guard: 'migration-score',
    severity: 'error',
    category: 'regressive',
    description: 'Dropping a schema or a database deletes every object in it.',
    messages: {
        dropSchema: 'Dropping schema {{name}} deletes every table, type and function in it.',
        dropDatabase: 'Dropping database {{name}} deletes all of its data.',
    },
    risk: { highRisk: true, dataLoss: true, noRollback: true },
    defaultEnabled: true,
    help: 'Do this by hand after a backup, never from a deploy pipeline; if it must be a migration, approve it with the reason.',
    check(ctx) {
        const drop = ctx.node('DropStmt');
        if (drop?.removeType === 'OBJECT_SCHEMA') {
            for (const o of drop.objects ?? [])
                ctx.report({ messageId: 'dropSchema', data: { name: lastName(objectName(o)) } });
        }
        const dropdb = ctx.node('DropdbStmt');
        if (dropdb)
            ctx.report({ messageId: 'dropDatabase', data: { name: dropdb.dbname ?? '' } });
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-drop-table.ts



const banDropTable = types_defineRule({
    id: 'ban-drop-table',
    guard: 'migration-score',
    severity: 'error',
    category: 'regressive',
    description: 'Dropping a table deletes its rows and breaks code that still queries it.',
    messages: { dropTable: 'Dropping table {{table}} deletes all its rows, and code already deployed still queries it.' },
    risk: { highRisk: true, dataLoss: true, noRollback: true },
    defaultEnabled: true,
    help: 'Expand and contract: release code that no longer reads or writes the table, keep a backup, then drop it in a later migration and approve it.',
    check(ctx) {
        const drop = ctx.node('DropStmt');
        if (drop?.removeType !== 'OBJECT_TABLE')
            return;
        for (const o of drop.objects ?? []) {
            const table = qualifiedName(objectName(o));
            if (ctx.schema.isNewTable(table))
                continue;
            ctx.report({ messageId: 'dropTable', data: { table }, near: new RegExp(ident(table)) });
        }
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-drop-type.ts



const banDropType = types_defineRule({
    id: 'ban-drop-type',
    guard: 'migration-score',
    severity: 'error',
    category: 'regressive',
    description: 'Dropping a type (an enum, a domain) fails while columns use it, or with CASCADE drops those columns.',
    messages: {
        dropType: 'Dropping type {{type}} breaks every column and function that uses it.',
        dropTypeCascade: 'Dropping type {{type}} with CASCADE also drops every column of that type and its data.',
    },
    risk: { highRisk: true, dataLoss: true, noRollback: true },
    defaultEnabled: true,
    help: 'Move the columns off the type first and release code that no longer uses it, then drop the type in a later migration and approve it.',
    check(ctx) {
        const drop = ctx.node('DropStmt');
        if (ctx.inEnumSwap || (drop?.removeType !== 'OBJECT_TYPE' && drop?.removeType !== 'OBJECT_DOMAIN'))
            return;
        for (const o of drop.objects ?? []) {
            const type = qualifiedName(objectName(o));
            if (ctx.schema.isNewType(type))
                continue;
            const messageId = drop.behavior === 'DROP_CASCADE' ? 'dropTypeCascade' : 'dropType';
            ctx.report({ messageId, data: { type }, near: new RegExp(ident(type)) });
        }
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-drop-view.ts



const banDropView = types_defineRule({
    id: 'ban-drop-view',
    guard: 'migration-score',
    severity: 'error',
    category: 'regressive',
    description: 'Dropping a view (or materialized view) that the same migration does not create again breaks code that still queries it.',
    messages: {
        dropView: 'Dropping view {{view}} breaks code already deployed that queries it, and this migration does not create it again.',
        dropMaterializedView: 'Dropping materialized view {{view}} breaks code already deployed that queries it, and its rows are gone until it is created and refreshed again.',
    },
    risk: { highRisk: true, noRollback: true },
    defaultEnabled: true,
    help: 'Release code that no longer reads the view first, then drop it in a later migration and approve it. To change a view, CREATE OR REPLACE it, or drop and create it again in the same migration.',
    check(ctx) {
        const drop = ctx.node('DropStmt');
        const materialized = drop?.removeType === 'OBJECT_MATVIEW';
        if (!drop || (drop.removeType !== 'OBJECT_VIEW' && !materialized))
            return;
        for (const o of drop.objects ?? []) {
            const view = qualifiedName(objectName(o));
            if (ctx.schema.isNewView(view) || createdLater(ctx.statements, ctx.statement.index, ctx.schema, view))
                continue;
            ctx.report({ messageId: materialized ? 'dropMaterializedView' : 'dropView', data: { view }, near: new RegExp(ident(view)) });
        }
    },
});
function createdLater(statements, after, schema, view) {
    const key = schema.key(view);
    return statements.slice(after + 1).some((s) => {
        const v = nodeAs(s.node, 'ViewStmt')?.view ?? nodeAs(s.node, 'CreateTableAsStmt')?.into?.rel;
        return v !== undefined && schema.key(relationName(v)) === key;
    });
}

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-enum-type-swap.ts

const banEnumTypeSwap = types_defineRule({
    id: 'ban-enum-type-swap',
    guard: 'migration-score',
    severity: 'warning',
    category: 'locking',
    description: 'Replacing an enum by a new type that keeps every value (reordered, or with values added) rewrites each table that uses it under an ACCESS EXCLUSIVE lock.',
    messages: {
        rewrite: 'Enum {{type}} is replaced by a new type that keeps every value: each column moved to it ({{tables}}) is rewritten under an ACCESS EXCLUSIVE lock. No value is lost.',
    },
    risk: { downtime: true },
    defaultEnabled: true,
    help: 'To add values, ALTER TYPE ... ADD VALUE (no rewrite). Order rarely matters to code: keep the old order when you can, or run the swap when the tables are small or traffic is low.',
    check(ctx) {
        const swap = ctx.enumSwaps.find((s) => s.createIndex === ctx.statement.index);
        if (!swap || ctx.schema.isNewType(swap.oldName))
            return;
        const old = ctx.schema.enumValues(swap.oldName);
        // Removed values (or unknown old ones) are ban-enum-value-removal's.
        if (!old || old.some((v) => !swap.newValues.includes(v)))
            return;
        const tables = swap.tables.filter((t) => !ctx.schema.isNewTable(t));
        if (tables.length === 0)
            return;
        ctx.report({ messageId: 'rewrite', data: { type: swap.typeName, tables: [...new Set(tables)].join(', ') } });
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-enum-value-removal.ts

const banEnumValueRemoval = types_defineRule({
    id: 'ban-enum-value-removal',
    guard: 'migration-score',
    severity: 'error',
    category: 'regressive',
    description: 'Removing enum values (Prisma swaps the type for a new one) fails on rows that hold them and breaks code that writes them.',
    messages: {
        removeValues: 'Removing {{values}} from enum {{type}} fails if any row still holds them, rewrites every table that uses the type, and code already deployed may still write them.',
        removeUnknown: 'Enum {{type}} is replaced by a new type with values {{values}}; no earlier migration declares the old values, so removed values cannot be ruled out.',
    },
    risk: { highRisk: true, dataLoss: true, downtime: true },
    defaultEnabled: true,
    help: 'Release code that no longer writes the values, update the rows that hold them, then remove the values in a later migration and approve it.',
    check(ctx) {
        const swap = ctx.enumSwaps.find((s) => s.createIndex === ctx.statement.index);
        if (!swap || ctx.schema.isNewType(swap.oldName))
            return;
        const old = ctx.schema.enumValues(swap.oldName);
        const list = (values) => values.map((v) => `'${v}'`).join(', ');
        if (!old)
            return ctx.report({ messageId: 'removeUnknown', data: { type: swap.typeName, values: list(swap.newValues) } });
        const removed = old.filter((v) => !swap.newValues.includes(v));
        if (removed.length)
            ctx.report({ messageId: 'removeValues', data: { type: swap.typeName, values: list(removed) } });
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/backfill.ts

/**
 * Whether an UPDATE only fills columns that earlier statements of the same migration added to its table:
 * a backfill. It overwrites nothing that existed (the columns were NULL or their default a moment ago),
 * so it loses no data; it still writes every row while the ADD COLUMN's lock is held.
 */
function isBackfill(update, statements, before, schema) {
    const table = schema.key(relationName(update.relation));
    const targets = (update.targetList ?? []).map((t) => nodeAs(t, 'ResTarget')?.name);
    if (targets.length === 0 || targets.some((t) => t === undefined))
        return false;
    const added = new Set();
    for (const s of statements.slice(0, before)) {
        const alter = nodeAs(s.node, 'AlterTableStmt');
        if (!alter || schema.key(relationName(alter.relation)) !== table)
            continue;
        for (const c of alter.cmds ?? []) {
            const cmd = nodeAs(c, 'AlterTableCmd');
            const col = nodeAs(cmd?.def, 'ColumnDef');
            if (cmd?.subtype === 'AT_AddColumn' && col?.colname)
                added.add(col.colname);
            if (cmd?.subtype === 'AT_DropColumn' && cmd.name)
                added.delete(cmd.name);
        }
    }
    return targets.every((t) => added.has(t));
}

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-full-table-backfill.ts



const banFullTableBackfill = types_defineRule({
    id: 'ban-full-table-backfill',
    guard: 'migration-score',
    severity: 'warning',
    category: 'locking',
    description: 'An UPDATE without WHERE that fills columns the same migration added writes every row while the ADD COLUMN still holds its ACCESS EXCLUSIVE lock.',
    messages: {
        backfill: 'This backfill of {{columns}} writes every row of {{table}} in the migration\'s transaction, while the ADD COLUMN holds an ACCESS EXCLUSIVE lock on {{table}}: reads and writes wait until it ends. No existing value is overwritten.',
    },
    risk: { downtime: true },
    defaultEnabled: true,
    help: 'Add the column in the migration, and backfill it in batches afterwards (a script or job updating a few thousand rows per transaction), before the migration that makes it NOT NULL.',
    check(ctx) {
        const u = ctx.node('UpdateStmt');
        const table = relationName(u?.relation);
        if (!u || !table || u.whereClause || ctx.schema.isNewTable(table) || !isBackfill(u, ctx.statements, ctx.statement.index, ctx.schema))
            return;
        const columns = (u.targetList ?? []).map((t) => ('ResTarget' in t ? t.ResTarget.name : '')).join(', ');
        ctx.report({ messageId: 'backfill', data: { table, columns } });
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-rename-column.ts



const banRenameColumn = types_defineRule({
    id: 'ban-rename-column',
    guard: 'migration-score',
    severity: 'error',
    category: 'regressive',
    description: 'Renaming a column breaks every query of code already deployed that names it.',
    messages: { renameColumn: 'Renaming column {{table}}.{{column}} to {{newName}} breaks code already deployed, which still selects {{column}}.' },
    risk: { highRisk: true },
    defaultEnabled: true,
    help: 'Add the new column, write to both and backfill, switch reads, then drop the old column later; or keep the column name and map the field (Prisma @map).',
    check(ctx) {
        const r = ctx.node('RenameStmt');
        const table = relationName(r?.relation);
        if (r?.renameType !== 'OBJECT_COLUMN' || !table || !r.subname || ctx.schema.isNewColumn(table, r.subname))
            return;
        ctx.report({ messageId: 'renameColumn', data: { table, column: r.subname, newName: r.newname ?? '' }, near: new RegExp(`(?<=RENAME\\s+(?:COLUMN\\s+)?)${ident(r.subname)}`, 'i') });
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-rename-enum-value.ts


const banRenameEnumValue = types_defineRule({
    id: 'ban-rename-enum-value',
    guard: 'migration-score',
    severity: 'error',
    category: 'regressive',
    description: 'Renaming an enum value breaks code already deployed that reads or writes the old value.',
    messages: { renameValue: "Renaming value '{{oldValue}}' of enum {{type}} to '{{newValue}}' breaks code already deployed, which still writes '{{oldValue}}'." },
    risk: { highRisk: true },
    defaultEnabled: true,
    help: 'Add the new value, release code that writes it, update the rows, then remove the old value in a later migration (or map the name in the schema with Prisma @map).',
    check(ctx) {
        const e = ctx.node('AlterEnumStmt');
        const type = qualifiedName(stringsOf(e?.typeName));
        if (!e?.oldVal || ctx.schema.isNewType(type))
            return;
        ctx.report({ messageId: 'renameValue', data: { type, oldValue: e.oldVal, newValue: e.newVal ?? '' } });
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-rename-table.ts


const banRenameTable = types_defineRule({
    id: 'ban-rename-table',
    guard: 'migration-score',
    severity: 'error',
    category: 'regressive',
    description: 'Renaming a table breaks every query of code already deployed.',
    messages: { renameTable: 'Renaming table {{table}} to {{newName}} breaks code already deployed, which still queries {{table}}.' },
    risk: { highRisk: true },
    defaultEnabled: true,
    help: 'Create the new table, write to both and backfill, switch reads, then drop the old one later; or keep the table name and map it (Prisma @@map).',
    check(ctx) {
        const r = ctx.node('RenameStmt');
        const table = relationName(r?.relation);
        if (r?.renameType !== 'OBJECT_TABLE' || !table || ctx.schema.isNewTable(table))
            return;
        ctx.report({ messageId: 'renameTable', data: { table, newName: r.newname ?? '' } });
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-rename-type.ts


const banRenameType = types_defineRule({
    id: 'ban-rename-type',
    guard: 'migration-score',
    severity: 'error',
    category: 'regressive',
    description: 'Renaming a type breaks casts and functions in code already deployed that name it.',
    messages: { renameType: 'Renaming type {{type}} to {{newName}} breaks queries and functions that name {{type}}.' },
    risk: { highRisk: true },
    defaultEnabled: true,
    help: 'Keep the database name and rename only in the schema (Prisma @@map on the enum); or create the new type, move the columns, and drop the old type later.',
    check(ctx) {
        const r = ctx.node('RenameStmt');
        if (r?.renameType !== 'OBJECT_TYPE' || ctx.inEnumSwap)
            return;
        const type = qualifiedName(objectName(r.object));
        if (ctx.schema.isNewType(type))
            return;
        ctx.report({ messageId: 'renameType', data: { type, newName: r.newname ?? '' } });
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-set-not-null.ts



const banSetNotNull = types_defineRule({
    id: 'ban-set-not-null',
    guard: 'migration-score',
    severity: 'error',
    category: 'regressive',
    description: 'SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock, and fails if any row is NULL.',
    messages: {
        setNotNull: 'SET NOT NULL on {{table}}.{{column}} scans every row under an ACCESS EXCLUSIVE lock and fails if one is NULL; no validated CHECK ({{column}} IS NOT NULL) exists to skip the scan.',
    },
    risk: { highRisk: true, downtime: true },
    defaultEnabled: true,
    help: 'Backfill the NULLs, ADD CONSTRAINT ... CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later migration, then SET NOT NULL (PostgreSQL 12+ uses the check and skips the scan) and drop the check.',
    check(ctx) {
        const alter = alterTable(ctx);
        for (const [clause, cmd] of (alter?.cmds ?? []).entries()) {
            if (cmd.subtype !== 'AT_SetNotNull' || !cmd.name)
                continue;
            const { table } = alter;
            if (ctx.schema.isNewTable(table))
                continue;
            // Added by this PR without a default: ban-add-required-column reports the three-step required column.
            if (ctx.schema.isAddedToExistingTable(table, cmd.name) && !hasDefault(ctx.schema, table, cmd.name, alter.cmds))
                continue;
            if (ctx.settings.pgVersion >= 12 && ctx.schema.hasValidatedNotNullCheck(table, cmd.name))
                continue;
            ctx.report({ messageId: 'setNotNull', data: { table, column: cmd.name }, clause, near: new RegExp(`ALTER\\s+(?:COLUMN\\s+)?${ident(cmd.name)}`, 'i') });
        }
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-set-unlogged.ts


const banSetUnlogged = types_defineRule({
    id: 'ban-set-unlogged',
    guard: 'migration-score',
    severity: 'error',
    category: 'regressive',
    description: 'SET UNLOGGED rewrites the table under an ACCESS EXCLUSIVE lock, and an unlogged table is emptied after a crash and not replicated.',
    messages: {
        setUnlogged: 'SET UNLOGGED rewrites {{table}} under an ACCESS EXCLUSIVE lock; afterwards a crash empties it, and standbys and replicas no longer receive its rows.',
    },
    risk: { highRisk: true, dataLoss: true, downtime: true },
    defaultEnabled: true,
    help: 'Keep tables that hold data you need logged. For scratch data, create a new UNLOGGED table instead of converting one with rows.',
    check(ctx) {
        const alter = alterTable(ctx);
        if (!alter || ctx.schema.isNewTable(alter.table))
            return;
        for (const [clause, cmd] of alter.cmds.entries()) {
            if (cmd.subtype === 'AT_SetUnLogged')
                ctx.report({ messageId: 'setUnlogged', data: { table: alter.table }, clause, near: /SET\s+UNLOGGED/i });
        }
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-truncate.ts



const banTruncate = types_defineRule({
    id: 'ban-truncate',
    guard: 'migration-score',
    severity: 'error',
    category: 'regressive',
    description: 'TRUNCATE deletes every row of a table, under an ACCESS EXCLUSIVE lock.',
    messages: { truncate: 'TRUNCATE {{table}} deletes every row of the table.' },
    risk: { highRisk: true, dataLoss: true, noRollback: true },
    defaultEnabled: true,
    help: 'Delete the rows you mean with a WHERE clause in batches, or approve the truncate with the reason the data may go.',
    check(ctx) {
        const t = ctx.node('TruncateStmt');
        for (const r of t?.relations ?? []) {
            const table = relationName(nodeAs(r, 'RangeVar'));
            if (!table || ctx.schema.isNewTable(table))
                continue;
            ctx.report({ messageId: 'truncate', data: { table }, near: new RegExp(ident(table)) });
        }
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/volatility.ts

/**
 * Functions whose value differs per row, so a DEFAULT using them makes ADD COLUMN fill every row
 * (a table rewrite). Everything else is treated as stable: PostgreSQL 11+ stores a non-volatile
 * default once. Unknown functions count as volatile: nothing unknown passes as safe.
 */
const VOLATILE = new Set(['random', 'gen_random_uuid', 'uuid_generate_v1', 'uuid_generate_v1mc', 'uuid_generate_v4', 'uuidv4', 'uuidv7', 'clock_timestamp', 'timeofday', 'nextval', 'setval', 'txid_current', 'statement_timestamp']);
/** now() and transaction_timestamp() are STABLE: one value per transaction, stored once. */
const STABLE = new Set(['now', 'transaction_timestamp', 'current_timestamp', 'current_date', 'lower', 'upper', 'coalesce', 'jsonb_build_object', 'json_build_object', 'array', 'to_jsonb', 'concat', 'timezone', 'make_interval']);
function volatileCall(expr) {
    if (!expr)
        return undefined;
    const kind = kindOf(expr);
    if (kind === 'A_Const' || kind === 'SQLValueFunction' || kind === 'ColumnRef' || kind === 'ParamRef')
        return undefined;
    const call = nodeAs(expr, 'FuncCall');
    if (call) {
        const name = lastName(stringsOf(call.funcname)).toLowerCase();
        if (VOLATILE.has(name) || !STABLE.has(name))
            return `${name}()`;
        for (const a of call.args ?? []) {
            const inner = volatileCall(a);
            if (inner)
                return inner;
        }
        return undefined;
    }
    // Casts, arrays, operators (`-1` is an A_Const; `1 + 2` an A_Expr), and the like: look inside.
    for (const child of childNodes(expr)) {
        const inner = volatileCall(child);
        if (inner)
            return inner;
    }
    return undefined;
}
function childNodes(expr) {
    const out = [];
    const fields = Object.values(expr)[0];
    for (const v of Object.values(fields ?? {})) {
        if (Array.isArray(v))
            for (const item of v)
                pushIfNode(item, out);
        else
            pushIfNode(v, out);
    }
    return out;
}
function pushIfNode(v, out) {
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && /^[A-Z]/.test(Object.keys(v)[0]))
        out.push(v);
}

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/ban-volatile-default.ts




const SERIAL = new Set(['serial', 'bigserial', 'smallserial', 'serial2', 'serial4', 'serial8']);
const banVolatileDefault = types_defineRule({
    id: 'ban-volatile-default',
    guard: 'migration-score',
    severity: 'warning',
    category: 'locking',
    description: 'ADD COLUMN with a volatile default (or any default before PostgreSQL 11) rewrites the whole table under an ACCESS EXCLUSIVE lock.',
    messages: {
        volatile: 'Adding {{table}}.{{column}} with DEFAULT {{call}} rewrites every row under an ACCESS EXCLUSIVE lock: the default differs per row.',
        oldServer: 'Adding {{table}}.{{column}} with a DEFAULT rewrites every row on PostgreSQL {{pgVersion}} (before 11).',
        generated: 'Adding {{table}}.{{column}} as {{what}} fills every existing row: a table rewrite under an ACCESS EXCLUSIVE lock.',
    },
    risk: { downtime: true },
    defaultEnabled: true,
    help: 'Add the column without a default (or with a constant one), set the default in a second statement so it applies to new rows only, and backfill existing rows in batches.',
    check(ctx) {
        const alter = alterTable(ctx);
        if (!alter || ctx.schema.isNewTable(alter.table))
            return;
        for (const cmd of alter.cmds) {
            const col = columnDefOf(cmd);
            if (cmd.subtype !== 'AT_AddColumn' || !col?.colname)
                continue;
            const data = { table: alter.table, column: col.colname, pgVersion: ctx.settings.pgVersion };
            const cons = constraintsOf(col);
            const def = cons.find((c) => c.contype === 'CONSTR_DEFAULT');
            const filler = SERIAL.has(baseTypeName(col.typeName)) ? baseTypeName(col.typeName) : cons.some((c) => c.contype === 'CONSTR_IDENTITY') ? 'an identity column' : cons.some((c) => c.contype === 'CONSTR_GENERATED') ? 'a stored generated column' : undefined;
            if (filler)
                ctx.report({ messageId: 'generated', data: { ...data, what: filler }, byte: col.location });
            else if (def && ctx.settings.pgVersion < 11)
                ctx.report({ messageId: 'oldServer', data, byte: def.location });
            else if (def) {
                const call = volatileCall(def.raw_expr);
                if (call)
                    ctx.report({ messageId: 'volatile', data: { ...data, call }, byte: def.location });
            }
        }
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/constraint-missing-not-valid.ts



const constraintMissingNotValid = types_defineRule({
    id: 'constraint-missing-not-valid',
    guard: 'migration-score',
    severity: 'warning',
    category: 'locking',
    description: 'Adding a foreign key or CHECK without NOT VALID checks every row while holding a lock that blocks writes.',
    messages: {
        foreignKey: 'Foreign key {{constraint}} on {{table}} is checked against every row while writes to {{table}} and {{references}} wait.',
        check: 'CHECK constraint {{constraint}} on {{table}} is checked against every row under an ACCESS EXCLUSIVE lock.',
    },
    risk: { downtime: true },
    defaultEnabled: true,
    help: 'ADD CONSTRAINT ... NOT VALID (instant), then VALIDATE CONSTRAINT in a later migration: validation takes a lock that lets reads and writes continue.',
    check(ctx) {
        const alter = alterTable(ctx);
        if (!alter || ctx.schema.isNewTable(alter.table))
            return;
        for (const cmd of alter.cmds) {
            const con = nodeAs(cmd.def, 'Constraint');
            if (cmd.subtype !== 'AT_AddConstraint' || !con || con.skip_validation)
                continue;
            const data = { table: alter.table, constraint: con.conname ?? '(unnamed)', references: con.pktable?.relname ?? '' };
            if (con.contype === 'CONSTR_FOREIGN')
                ctx.report({ messageId: 'foreignKey', data, byte: con.location });
            else if (con.contype === 'CONSTR_CHECK')
                ctx.report({ messageId: 'check', data, byte: con.location });
        }
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/meta-rules.ts

/** Rules the engine reports itself. They live in one file because none has a check of its own. */
const syntaxError = defineMetaRule({
    id: 'syntax-error',
    guard: 'migration-score',
    severity: 'error',
    description: 'The migration does not parse as PostgreSQL, so it cannot be scored: it counts as risk 1.0.',
    messages: { syntax: 'PostgreSQL cannot parse this migration: {{message}}. It cannot be scored, so it counts as risk 1.0.' },
    risk: {},
    help: 'Fix the SQL (run it against a scratch database with `prisma migrate dev`), or split out the statement the parser stops at.',
});
const unreadableMigration = defineMetaRule({
    id: 'unreadable-migration',
    guard: 'migration-score',
    severity: 'error',
    description: 'The file is not UTF-8 SQL text (binary, another encoding, too large), so it cannot be scored: it counts as risk 1.0.',
    messages: {
        tooLarge: 'This migration is {{detail}}; it is not parsed, so it counts as risk 1.0.',
        binary: 'This file is binary ({{detail}}), not SQL; it counts as risk 1.0.',
        notUtf8: 'This file is not UTF-8 ({{detail}}); PostgreSQL and Prisma read migrations as UTF-8. It counts as risk 1.0.',
        unreadable: 'This migration cannot be read: {{detail}}. It counts as risk 1.0.',
    },
    risk: {},
    help: 'Save the migration as UTF-8 text. Load large data with a script or COPY outside the migration.',
});
const emptyMigration = defineMetaRule({
    id: 'empty-migration',
    guard: 'migration-score',
    severity: 'warning',
    description: 'The migration has no statement: usually a `--create-only` migration that was never filled in.',
    messages: { empty: 'This migration has no SQL statement; Prisma will record it as applied without changing anything.' },
    risk: {},
    help: 'Write the intended SQL, or delete the migration folder if it is not needed.',
});
const invalidSuppression = defineMetaRule({
    id: 'invalid-suppression',
    guard: 'migration-score',
    severity: 'warning',
    description: 'A bickford-ignore or bickford-approve comment without a reason, naming an unknown rule, or matching nothing.',
    messages: {
        missingReason: '`{{comment}}` has no reason; write `-- bickford-{{kind}} <rule>: <reason>`. It is not applied.',
        unknownRule: '`{{comment}}` names {{rule}}, which is not a migration-score rule. It is not applied.',
        noRule: '`{{comment}}` names no rule; write `-- bickford-{{kind}} <rule>: <reason>`. It is not applied.',
        unused: '`{{comment}}` matches no finding of {{rule}}; remove it so it cannot hide a later one.',
    },
    risk: {},
    help: 'Write `-- bickford-ignore <rule>: <reason>` (or bickford-approve) on the line before the statement, with a rule id from docs/rules.',
});
const notAnalysed = defineMetaRule({
    id: 'not-analysed',
    guard: 'migration-score',
    severity: 'notice',
    description: 'A statement whose body the rules cannot see into (a DO block, a function, DML inside a WITH query): it is run as written, unchecked.',
    messages: {
        doBlock: 'This DO block runs code the rules cannot see into: it is not analysed. Read it yourself, or write its statements as plain SQL.',
        function: 'The body of {{name}} is not analysed: what it does when called is not checked.',
        cte: 'The {{kind}} inside this WITH query is not analysed: only top-level statements are checked.',
    },
    risk: {},
    help: 'Write data and schema changes as top-level statements, where the rules check them; keep procedural code for what plain SQL cannot do.',
});
const riskThreshold = defineMetaRule({
    id: 'risk-threshold',
    guard: 'migration-score',
    severity: 'error',
    description: "A migration's risk score exceeds max-risk, counting what is not approved: one finding per migration over it.",
    messages: { over: 'Risk {{score}} of {{migration}} exceeds max-risk {{max}} ({{reasons}}); the report lists every contribution.' },
    risk: {},
    help: 'Split the risky steps into separate releases (expand, backfill, contract), approve regressive steps that are intended, or raise max-risk for this repository.',
});
const editedMigration = defineMetaRule({
    id: 'edited-migration',
    guard: 'migration-score',
    severity: 'error',
    description: 'The pull request edits a migration that already exists on the base branch: databases that applied it will never run the edit.',
    messages: {
        edited: 'This migration already exists on the base branch and is edited here: databases that applied it keep the old version, and `prisma migrate deploy` neither re-runs it nor warns (only `prisma migrate dev` notices the checksum). The other migrations are judged against the base version.',
    },
    risk: {},
    help: 'Leave applied migrations as they are and add a new migration with the change.',
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/prefer-bigint.ts



const SMALL = new Set(['int2', 'int4', 'serial', 'serial2', 'serial4', 'smallserial']);
const preferBigint = types_defineRule({
    id: 'prefer-bigint',
    guard: 'migration-score',
    severity: 'warning',
    category: 'style',
    description: 'A 32-bit integer key runs out at 2.1 billion, and widening it later rewrites the table.',
    messages: { smallInt: 'Column {{table}}.{{column}} is {{type}}; bigint does not run out.' },
    risk: {},
    defaultEnabled: false,
    help: 'Use bigint (Prisma: BigInt). Off by default because Prisma generates integer for Int.',
    check(ctx) {
        for (const c of columnTypesOf(ctx)) {
            if (SMALL.has(baseTypeName(c.type)))
                ctx.report({ messageId: 'smallInt', data: { table: c.table, column: c.column, type: typeText(c.type) }, byte: c.type.location });
        }
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/prefer-identity.ts



const prefer_identity_SERIAL = new Set(['serial', 'bigserial', 'smallserial', 'serial2', 'serial4', 'serial8']);
const preferIdentity = types_defineRule({
    id: 'prefer-identity',
    guard: 'migration-score',
    severity: 'warning',
    category: 'style',
    description: 'serial columns own a sequence with loose permissions and odd dump behaviour; identity columns are the standard form.',
    messages: { serial: 'Column {{table}}.{{column}} is {{type}}; use GENERATED ... AS IDENTITY.' },
    risk: {},
    defaultEnabled: false,
    help: 'Use bigint GENERATED BY DEFAULT AS IDENTITY. Off by default because Prisma generates serial for @default(autoincrement()).',
    check(ctx) {
        for (const c of columnTypesOf(ctx)) {
            if (prefer_identity_SERIAL.has(baseTypeName(c.type)))
                ctx.report({ messageId: 'serial', data: { table: c.table, column: c.column, type: typeText(c.type) }, byte: c.type.location });
        }
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/prefer-text.ts



const preferText = types_defineRule({
    id: 'prefer-text',
    guard: 'migration-score',
    severity: 'warning',
    category: 'style',
    description: 'varchar(n) adds a limit that needs a migration to change; text with a CHECK is as fast and easier to change.',
    messages: { varchar: 'Column {{table}}.{{column}} is {{type}}; text (with a CHECK on length if needed) avoids a migration to change the limit.' },
    risk: {},
    defaultEnabled: false,
    help: 'Use text, with a CHECK (char_length(col) <= n) NOT VALID if the limit matters. Off by default because Prisma generates varchar for @db.VarChar(n).',
    check(ctx) {
        for (const c of columnTypesOf(ctx)) {
            if (baseTypeName(c.type) === 'varchar' && c.type.typmods?.length) {
                ctx.report({ messageId: 'varchar', data: { table: c.table, column: c.column, type: typeText(c.type) }, byte: c.type.location });
            }
        }
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/prefer-timestamptz.ts



const preferTimestamptz = types_defineRule({
    id: 'prefer-timestamptz',
    guard: 'migration-score',
    severity: 'warning',
    category: 'style',
    description: 'timestamp without time zone stores wall-clock times that change meaning with the server time zone.',
    messages: { timestamp: 'Column {{table}}.{{column}} is {{type}}; timestamptz stores an instant.' },
    risk: {},
    defaultEnabled: false,
    help: 'Use timestamptz (Prisma: @db.Timestamptz). Off by default because Prisma generates timestamp(3) for DateTime.',
    check(ctx) {
        for (const c of columnTypesOf(ctx)) {
            if (baseTypeName(c.type) === 'timestamp')
                ctx.report({ messageId: 'timestamp', data: { table: c.table, column: c.column, type: typeText(c.type) }, byte: c.type.location });
        }
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/require-concurrent-index-creation.ts


const requireConcurrentIndexCreation = types_defineRule({
    id: 'require-concurrent-index-creation',
    guard: 'migration-score',
    severity: 'warning',
    category: 'locking',
    description: 'CREATE INDEX without CONCURRENTLY blocks every write to the table while the index builds.',
    messages: { createIndex: 'CREATE INDEX {{index}} on {{table}} without CONCURRENTLY blocks inserts, updates and deletes until the index is built.' },
    risk: { downtime: true },
    defaultEnabled: true,
    help: 'Use CREATE INDEX CONCURRENTLY in a migration file of its own (Prisma runs a one-statement file outside a transaction).',
    check(ctx) {
        const idx = ctx.node('IndexStmt');
        const table = relationName(idx?.relation);
        if (!idx || idx.concurrent || !table || ctx.schema.isNewTable(table))
            return;
        ctx.report({ messageId: 'createIndex', data: { index: idx.idxname ?? '(unnamed)', table } });
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/require-concurrent-index-deletion.ts



const requireConcurrentIndexDeletion = types_defineRule({
    id: 'require-concurrent-index-deletion',
    guard: 'migration-score',
    severity: 'warning',
    category: 'locking',
    description: 'DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table.',
    messages: { dropIndex: 'DROP INDEX {{index}} without CONCURRENTLY locks its table against reads and writes while it waits and runs.' },
    risk: { downtime: true },
    defaultEnabled: true,
    help: 'Use DROP INDEX CONCURRENTLY in a migration file of its own.',
    check(ctx) {
        const drop = ctx.node('DropStmt');
        if (drop?.removeType !== 'OBJECT_INDEX' || drop.concurrent)
            return;
        for (const o of drop.objects ?? []) {
            const index = qualifiedName(objectName(o));
            if (!ctx.schema.isNewIndex(index))
                ctx.report({ messageId: 'dropIndex', data: { index }, near: new RegExp(ident(index)) });
        }
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/lock-level.ts

/**
 * The table a statement locks so that others queue behind it (ACCESS EXCLUSIVE, or SHARE for a plain
 * CREATE INDEX), when that table existed before the migration. While such a lock waits, every query
 * on the table waits behind it: that is what lock_timeout bounds.
 */
function blockingLockTarget(s, schema, opts = {}) {
    const existing = (t) => (t && !schema.isNewTable(t) ? t : undefined);
    const alter = nodeAs(s.node, 'AlterTableStmt');
    if (alter) {
        // VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE, which lets reads and writes through.
        const onlyValidates = (alter.cmds ?? []).every((c) => nodeAs(c, 'AlterTableCmd')?.subtype === 'AT_ValidateConstraint');
        return onlyValidates ? undefined : existing(relationName(alter.relation));
    }
    const idx = nodeAs(s.node, 'IndexStmt');
    // A plain CREATE INDEX takes SHARE: writes wait, reads go on.
    if (idx)
        return idx.concurrent || opts.accessExclusiveOnly ? undefined : existing(relationName(idx.relation));
    const drop = nodeAs(s.node, 'DropStmt');
    if (drop?.removeType === 'OBJECT_TABLE')
        return (drop.objects ?? []).map((o) => existing(qualifiedName(objectName(o)))).find(Boolean);
    if (drop?.removeType === 'OBJECT_INDEX' && !drop.concurrent) {
        const name = (drop.objects ?? []).map((o) => qualifiedName(objectName(o))).find((n) => !schema.isNewIndex(n));
        return name ? `index ${name}` : undefined;
    }
    const rename = nodeAs(s.node, 'RenameStmt');
    if (rename?.relation)
        return existing(relationName(rename.relation));
    const trunc = nodeAs(s.node, 'TruncateStmt');
    if (trunc)
        return (trunc.relations ?? []).map((r) => existing(relationName(nodeAs(r, 'RangeVar')))).find(Boolean);
    return undefined;
}

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/require-lock-timeout.ts


const requireLockTimeout = types_defineRule({
    id: 'require-lock-timeout',
    guard: 'migration-score',
    severity: 'notice',
    category: 'locking',
    description: 'A statement that takes an ACCESS EXCLUSIVE lock with no lock_timeout set can queue every query on the table behind a long transaction.',
    messages: {
        noTimeout: 'No lock_timeout is set before this statement locks {{table}}: while it waits for a running transaction, every query on {{table}} waits behind it. Reported once per pull request; set `lock-timeout: connection` if the role or connection sets it.',
    },
    // Prisma never writes SET lock_timeout, and teams usually set it on the role: a notice that costs nothing.
    risk: {},
    defaultEnabled: true,
    help: "Start the migration with SET lock_timeout = '5s'; (and retry the deploy if it times out), or set it on the migration role (ALTER ROLE ... SET lock_timeout = '5s') and declare `lock-timeout: connection`.",
    check(ctx) {
        // Once per pull request, at the first statement that takes ACCESS EXCLUSIVE on an existing table.
        const state = ctx.runState(() => ({ reported: false }));
        if (ctx.settings.lockTimeout === 'connection' || ctx.lockTimeoutSet || state.reported)
            return;
        const table = blockingLockTarget(ctx.statement, ctx.schema, { accessExclusiveOnly: true });
        if (!table)
            return;
        state.reported = true;
        ctx.report({ messageId: 'noTimeout', data: { table } });
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/require-where-clause.ts



const requireWhereClause = types_defineRule({
    id: 'require-where-clause',
    guard: 'migration-score',
    severity: 'error',
    category: 'regressive',
    description: 'An UPDATE or DELETE with no WHERE clause touches every row, in one long transaction.',
    messages: {
        update: 'UPDATE {{table}} has no WHERE clause: it rewrites every row in one transaction, holding row locks until the migration ends.',
        delete: 'DELETE FROM {{table}} has no WHERE clause: it deletes every row.',
    },
    risk: { highRisk: true, dataLoss: true, noRollback: true },
    defaultEnabled: true,
    help: 'Backfill in batches outside the migration (a script or job that updates a few thousand rows per transaction, with WHERE on the key); for a deliberate full delete, approve it with the reason.',
    check(ctx) {
        const u = ctx.node('UpdateStmt');
        const d = ctx.node('DeleteStmt');
        const rel = u?.relation ?? d?.relation;
        const table = relationName(rel);
        if (!table || (u ?? d)?.whereClause || ctx.schema.isNewTable(table))
            return;
        // A backfill of columns this migration added overwrites nothing: ban-full-table-backfill reports its lock.
        if (u && isBackfill(u, ctx.statements, ctx.statement.index, ctx.schema))
            return;
        ctx.report({ messageId: u ? 'update' : 'delete', data: { table } });
    },
});

;// CONCATENATED MODULE: ./actions/migration-score/src/rules/index.ts



































/**
 * The one registry. Defaults, the CLI's rule list, rule validation of suppressions and the docs
 * test all derive from it; a rule exists when it is listed here.
 */
const RULES = Object.freeze([
    banDropTable,
    banDropView,
    banDropColumn,
    banDropSchema,
    banTruncate,
    banRenameTable,
    banRenameColumn,
    banColumnTypeChange,
    banAddRequiredColumn,
    banSetNotNull,
    banDropNotNull,
    banDropDefaultOnRequiredColumn,
    banDropPrimaryKey,
    banSetUnlogged,
    banDropType,
    banEnumValueRemoval,
    banEnumTypeSwap,
    banRenameType,
    banRenameEnumValue,
    requireWhereClause,
    banFullTableBackfill,
    banDropForeignKey,
    requireConcurrentIndexCreation,
    requireConcurrentIndexDeletion,
    banConcurrentIndexInTransaction,
    constraintMissingNotValid,
    banAddUniqueConstraint,
    banVolatileDefault,
    requireLockTimeout,
    banAlterEnumAddValueInTransaction,
    preferTimestamptz,
    preferBigint,
    preferText,
    preferIdentity,
    syntaxError,
    unreadableMigration,
    emptyMigration,
    notAnalysed,
    invalidSuppression,
    riskThreshold,
    editedMigration,
]);
const BY_ID = new Map(RULES.map((r) => [r.id, r]));
function ruleById(id) {
    return BY_ID.get(id);
}
/** The rules that run when the `rules` input says nothing. */
function defaultRuleIds() {
    return RULES.filter((r) => r.defaultEnabled && r.category !== 'meta').map((r) => r.id);
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/comments.ts
/**
 * Comments between statements. Only the gaps are scanned: they hold nothing but whitespace,
 * `;` and comments, so no string literal can look like a comment here.
 */
function commentsBetween(text, statements) {
    const out = [];
    let gapStart = 0;
    for (let i = 0; i <= statements.length; i++) {
        const gapEnd = i < statements.length ? statements[i].startChar : text.length;
        scanGap(text, gapStart, gapEnd, i < statements.length ? i : undefined, out);
        if (i < statements.length)
            gapStart = statements[i].endChar;
    }
    return out;
}
function scanGap(text, from, to, next, out) {
    const re = /--[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g;
    // Only the gap is sliced: searching the whole text from each gap would be quadratic in big files.
    const gap = text.slice(from, to);
    let m;
    while ((m = re.exec(gap)) !== null) {
        const block = m[0].startsWith('/*');
        const body = block ? m[0].slice(2).replace(/\*\/$/, '') : m[0].slice(2);
        out.push({ body, startChar: from + m.index + 2, block, nextStatement: next });
    }
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/apply-directives.ts

/**
 * Marks the findings that `bickford-ignore` / `bickford-approve` comments cover, and returns findings
 * for comments that cannot apply: no reason, an unknown rule, or nothing to cover. A comment
 * that is wrong is never applied: a typo must not hide a finding.
 */
function applyDirectives(findings, directives, ctx) {
    const problems = [];
    for (const d of directives) {
        const location = ctx.lines.locationOfChars(ctx.file, d.startChar);
        const problem = (messageId, data = {}) => problems.push(invalidSuppression.report({
            messageId,
            data: { comment: d.source, kind: d.kind, ...data },
            location,
            fingerprintKey: `${messageId}\0${d.source}`,
            properties: { messageId },
        }));
        if (d.rules.length === 0) {
            problem('noRule');
            continue;
        }
        const unknown = d.rules.filter((r) => !ctx.knownRules.has(r));
        for (const rule of unknown)
            problem('unknownRule', { rule });
        if (unknown.length)
            continue;
        if (!d.reason) {
            problem('missingReason');
            continue;
        }
        for (const rule of d.rules) {
            const covered = findings.filter((f) => f.ruleId === rule && !f.suppressed && (d.scope === 'file' || Number(f.properties?.statement) - 1 === d.nextStatement));
            for (const f of covered)
                f.suppressed = { kind: d.kind === 'approve' ? 'approval' : 'ignore', reason: d.reason, location, by: d.source };
            if (covered.length === 0)
                problem('unused', { rule });
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/directives.ts

const DIRECTIVE = /^\s*bickford-(ignore|approve)(-file)?\b(.*)$/;
/** Directives in line comments. `-- bickford-ignore rule-a, rule-b: reason`; a missing reason is kept as ''. */
function parseDirectives(comments) {
    const out = [];
    for (const c of comments) {
        if (c.block)
            continue;
        const m = DIRECTIVE.exec(c.body);
        if (!m)
            continue;
        // The grammar after the keyword is every guard's (shared/suppress): `rule-a, rule-b: reason`.
        const { rules, reason } = parseDirectiveText(m[3]);
        out.push({
            kind: m[1],
            scope: m[2] ? 'file' : 'statement',
            rules,
            reason,
            startChar: c.startChar + c.body.indexOf('bickford-'),
            nextStatement: c.nextStatement,
            source: `--${c.body}`.trim(),
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/prisma-warnings.ts
/**
 * Prisma writes the header as a block comment: `/*\n  Warnings:\n\n  - You are about to drop ... *\/`.
 * Line comments of the same shape are read too, for hand-edited files.
 */
function parsePrismaWarnings(comments) {
    const out = [];
    let inLineHeader = false;
    for (const c of comments) {
        if (c.block) {
            if (!/^\s*Warnings:/.test(c.body))
                continue;
            let offset = c.startChar;
            for (const line of c.body.split('\n')) {
                pushWarning(line, offset, out);
                offset += line.length + 1;
            }
        }
        else if (/^\s*Warnings:\s*$/.test(c.body))
            inLineHeader = true;
        else if (inLineHeader && !pushWarning(c.body, c.startChar, out) && c.body.trim() !== '')
            inLineHeader = false;
    }
    return out;
}
function pushWarning(line, lineStart, out) {
    const m = /^(\s*-\s+)(\S.*)$/.exec(line);
    if (!m)
        return false;
    const text = m[2].trim();
    const names = [...text.matchAll(/`([^`]+)`/g)].map((n) => n[1].toLowerCase());
    out.push({ text, startChar: lineStart + m[1].length, names });
    return true;
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/attach-warnings.ts
/**
 * The operation each of Prisma's warnings describes, as the rules that report that operation. The texts
 * are those of prisma-engines' destructive change checker (schema-engine/connectors/sql-schema-connector/
 * src/sql_destructive_change_checker/), matched loosely so that a reworded warning still finds its rule.
 */
const OPERATIONS = [
    { pattern: /\bdrop the column\b/i, rules: ['ban-drop-column'] },
    { pattern: /\bdrop the (?:`[^`]*` )?table\b/i, rules: ['ban-drop-table'] },
    { pattern: /\bdrop the enum\b/i, rules: ['ban-drop-type'] },
    { pattern: /\bdrop the view\b/i, rules: ['ban-drop-view'] },
    { pattern: /\brequired column\b/i, rules: ['ban-add-required-column'] },
    { pattern: /\bmade the column\b.*\brequired\b/i, rules: ['ban-set-not-null', 'ban-add-required-column'] },
    { pattern: /\balter the column\b|\bchanged the type\b|\bwill be cast\b/i, rules: ['ban-column-type-change'] },
    { pattern: /\bon the enum\b.*\bremoved\b|\bvalues?\b.*\bremoved\b/i, rules: ['ban-enum-value-removal'] },
    { pattern: /\bunique constraint\b/i, rules: ['ban-add-unique-constraint', 'require-concurrent-index-creation'] },
    { pattern: /\bprimary key\b/i, rules: ['ban-drop-primary-key', 'ban-add-unique-constraint'] },
];
/** The rules a warning is about, or undefined for a warning of unknown shape (then it goes to regressive findings only). */
function attach_warnings_rulesOf(text) {
    const hit = OPERATIONS.filter((o) => o.pattern.test(text));
    return hit.length ? new Set(hit.flatMap((o) => o.rules)) : undefined;
}
/**
 * Adds Prisma's own warning as evidence to the finding it is about: the finding's rule reports the
 * operation the warning describes, and the warning names the finding's table (or type) and, when the
 * finding is about a column, that column too.
 */
function attachPrismaWarnings(findings, warnings, lines, file) {
    if (warnings.length === 0)
        return;
    const described = warnings.map((w) => ({ w, rules: attach_warnings_rulesOf(w.text) }));
    for (const f of findings) {
        const p = f.properties ?? {};
        const object = String(p.table ?? p.type ?? '').toLowerCase();
        const bare = object.slice(object.lastIndexOf('.') + 1);
        const column = p.column === undefined ? undefined : String(p.column).toLowerCase();
        if (!object)
            continue;
        for (const { w, rules } of described) {
            if (rules ? !rules.has(f.ruleId) : f.category !== 'regressive')
                continue;
            if (!(w.names.includes(object) || w.names.includes(bare)) || (column !== undefined && !w.names.includes(column)))
                continue;
            f.trace = [...(f.trace ?? []), { location: lines.locationOfChars(file, w.startChar), note: `Prisma warned: ${w.text}` }];
            f.properties = { ...f.properties, prismaWarning: w.text };
        }
    }
}

// EXTERNAL MODULE: ./node_modules/libpg-query/wasm/index.cjs
var wasm = __nccwpck_require__(2627);
;// CONCATENATED MODULE: ./actions/migration-score/src/engine/parse-sql.ts


let loading;
/** Loads the WASM parser once per process; every later call reuses it. */
function loadParser() {
    loading ??= (0,wasm.loadModule)();
    return loading;
}
/** Parses a whole migration once. Call `loadParser()` first. */
function parseStatements(text, lines) {
    // libpg-query rejects an empty string outright; an empty file is simply a file with no statement.
    if (text === '')
        return { ok: true, statements: [] };
    let raw;
    try {
        raw = (0,wasm.parseSync)(text).stmts ?? [];
    }
    catch (e) {
        const details = e.sqlDetails;
        // The cursor counts characters (code points), not bytes: PostgreSQL's parser_errposition converts it.
        return { ok: false, message: e.message, charOffset: charOffsetOfCodePoint(text, details?.cursorPosition ?? 0) };
    }
    const totalBytes = Buffer.byteLength(text, 'utf8');
    return {
        ok: true,
        statements: raw.map((r, index) => {
            // Locations are omitted when 0, and the last statement has no length when it has no `;`.
            const fromByte = r.stmt_location ?? 0;
            const endByte = r.stmt_len ? fromByte + r.stmt_len : totalBytes;
            const fromChar = lines.charOffsetOfByte(fromByte);
            const startChar = skipTrivia(text, fromChar);
            const endChar = trimEnd(text, lines.charOffsetOfByte(endByte), startChar);
            const node = r.stmt;
            return {
                index,
                kind: kindOf(node) ?? 'RawStmt',
                node,
                startByte: fromByte + Buffer.byteLength(text.slice(fromChar, startChar), 'utf8'),
                startChar,
                endChar,
                text: text.slice(startChar, endChar),
            };
        }),
    };
}
/** Skips whitespace and comments, so that a statement's position is its first keyword. */
function skipTrivia(text, from) {
    let i = from;
    for (;;) {
        while (i < text.length && /\s/.test(text[i]))
            i++;
        if (text.startsWith('--', i)) {
            const nl = text.indexOf('\n', i);
            i = nl === -1 ? text.length : nl + 1;
        }
        else if (text.startsWith('/*', i)) {
            const close = text.indexOf('*/', i + 2);
            i = close === -1 ? text.length : close + 2;
        }
        else
            return i;
    }
}
function trimEnd(text, end, floor) {
    let i = Math.min(end, text.length);
    while (i > floor && /[\s;]/.test(text[i - 1]))
        i--;
    return i;
}
function charOffsetOfCodePoint(text, codePoints) {
    let i = 0;
    for (let n = 0; n < codePoints && i < text.length; n++)
        i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    return i;
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/read-migration.ts
/** Above this a migration is not parsed: the WASM parser needs about 60 bytes of memory per byte of SQL. */
const MAX_MIGRATION_BYTES = 16 * 1024 * 1024;
/** Turns a file's bytes into SQL text, or says why they are not SQL a server would accept. */
function decodeMigration(bytes) {
    if (bytes.length > MAX_MIGRATION_BYTES) {
        const mb = (n) => (n / 1024 / 1024).toFixed(1);
        return { ok: false, problem: 'tooLarge', prefix: '', detail: `${mb(bytes.length)} MB, over the ${mb(MAX_MIGRATION_BYTES)} MB limit` };
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        return { ok: false, problem: 'binary', prefix: safePrefix(bytes, nul), detail: `a NUL byte at byte ${nul}` };
    }
    const bad = firstInvalidUtf8(bytes);
    if (bad !== -1) {
        return { ok: false, problem: 'notUtf8', prefix: safePrefix(bytes, bad), detail: `byte 0x${bytes[bad].toString(16).padStart(2, '0')} at byte ${bad}` };
    }
    let text = bytes.toString('utf8');
    // A BOM is not SQL; a space keeps every later offset and column where it was.
    if (text.charCodeAt(0) === 0xfeff)
        text = ' ' + text.slice(1);
    return { ok: true, text };
}
function safePrefix(bytes, end) {
    return bytes.subarray(0, end).toString('utf8');
}
/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        const width = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
        if (width === 0 || i + width > bytes.length)
            return i;
        for (let k = 1; k < width; k++)
            if ((bytes[i + k] & 0xc0) !== 0x80)
                return i;
        // Overlong three- and four-byte forms and surrogates, as the WHATWG decoder rejects them.
        if ((b === 0xe0 && bytes[i + 1] < 0xa0) || (b === 0xed && bytes[i + 1] > 0x9f))
            return i;
        if ((b === 0xf0 && bytes[i + 1] < 0x90) || (b === 0xf4 && bytes[i + 1] > 0x8f))
            return i;
        i += width;
    }
    return -1;
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/enum-swap.ts

function findEnumSwaps(statements) {
    const swaps = [];
    for (const s of statements) {
        const en = nodeAs(s.node, 'CreateEnumStmt');
        const created = qualifiedName(stringsOf(en?.typeName));
        if (!en || !created)
            continue;
        const swap = prismaSwap(statements, s.index, created) ?? handSwap(statements, s.index, created);
        if (swap)
            swaps.push({ ...swap, createIndex: s.index, newValues: stringsOf(en.vals) });
    }
    return swaps;
}
function prismaSwap(statements, at, tmp) {
    const finalRename = statements.find((r) => r.index > at && renameOf(r)?.from === tmp);
    const typeName = finalRename && withSchemaOf(tmp, renameOf(finalRename).to);
    if (!finalRename || !typeName)
        return undefined;
    const members = [at, finalRename.index];
    const tables = [];
    let parked;
    for (const r of statements) {
        if (r.index <= at)
            continue;
        const rn = renameOf(r);
        if (rn?.from === typeName && r.index < finalRename.index) {
            parked = withSchemaOf(typeName, rn.to);
            members.push(r.index);
        }
        else if (parked && dropsType(r, parked))
            members.push(r.index);
        else if (retypesTo(r, tmp, tables))
            members.push(r.index);
    }
    return { typeName, oldName: typeName, tables, members: members.sort((a, b) => a - b) };
}
function handSwap(statements, at, typeName) {
    // The old type was renamed out of the way just before, and is dropped after the columns move.
    const park = [...statements.slice(0, at)].reverse().find((r) => renameOf(r)?.from === typeName);
    if (!park)
        return undefined;
    const oldName = withSchemaOf(typeName, renameOf(park).to);
    const drop = statements.find((r) => r.index > at && dropsType(r, oldName));
    if (!drop)
        return undefined;
    const members = [park.index, at, drop.index];
    const tables = [];
    for (const r of statements.slice(at + 1, drop.index))
        if (retypesTo(r, typeName, tables))
            members.push(r.index);
    return { typeName, oldName, tables, members: members.sort((a, b) => a - b) };
}
/** RENAME TO keeps the schema: `ALTER TYPE auth."Role" RENAME TO "Role_old"` makes auth.Role_old. */
function withSchemaOf(name, to) {
    const dot = name.lastIndexOf('.');
    return dot === -1 ? to : `${name.slice(0, dot)}.${to}`;
}
function renameOf(s) {
    const r = nodeAs(s.node, 'RenameStmt');
    if (r?.renameType !== 'OBJECT_TYPE' || !r.newname)
        return undefined;
    return { from: qualifiedName(objectName(r.object)), to: r.newname };
}
function dropsType(s, name) {
    const d = nodeAs(s.node, 'DropStmt');
    return d?.removeType === 'OBJECT_TYPE' && (d.objects ?? []).some((o) => qualifiedName(objectName(o)) === name);
}
/** An ALTER TABLE whose every clause retypes a column to the swap's type or moves its default; notes the table. */
function retypesTo(s, typeName, tables) {
    const alter = nodeAs(s.node, 'AlterTableStmt');
    if (!alter?.cmds?.length)
        return false;
    let retypes = false;
    for (const c of alter.cmds) {
        const cmd = nodeAs(c, 'AlterTableCmd');
        if (cmd?.subtype === 'AT_ColumnDefault')
            continue;
        const def = nodeAs(cmd?.def, 'ColumnDef');
        if (cmd?.subtype !== 'AT_AlterColumnType' || qualifiedName(stringsOf(def?.typeName?.names)) !== typeName)
            return false;
        retypes = true;
    }
    if (retypes)
        tables.push(relationName(alter.relation));
    return retypes;
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/clauses.ts
/**
 * The clauses of a multi-clause statement (`ALTER TABLE "T" ALTER COLUMN "x" SET DEFAULT 0, ALTER COLUMN "x" TYPE INT`),
 * as UTF-16 ranges of the statement's text, split at the commas outside parentheses, strings, quoted names,
 * dollar quotes and comments. The parse tree gives no position for an ALTER TABLE clause, and PostgreSQL's
 * grammar separates them by exactly these commas (`alter_table_cmds: alter_table_cmd | alter_table_cmds ',' alter_table_cmd`),
 * so the n-th range is the n-th command. The first range includes the `ALTER TABLE name` head.
 */
function splitClauses(text) {
    const out = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === "'" || ch === '"')
            i = closing(text, i, ch);
        else if (ch === '-' && text[i + 1] === '-') {
            const nl = text.indexOf('\n', i);
            i = nl === -1 ? text.length : nl;
        }
        else if (ch === '/' && text[i + 1] === '*') {
            const close = text.indexOf('*/', i + 2);
            i = close === -1 ? text.length : close + 1;
        }
        else if (ch === '$') {
            const tag = /^\$[A-Za-z_]*\$/.exec(text.slice(i, i + 64));
            if (tag) {
                const close = text.indexOf(tag[0], i + tag[0].length);
                i = close === -1 ? text.length : close + tag[0].length - 1;
            }
        }
        else if (ch === '(')
            depth++;
        else if (ch === ')')
            depth--;
        else if (ch === ',' && depth === 0) {
            out.push({ start, end: i });
            start = i + 1;
        }
    }
    out.push({ start, end: text.length });
    return out;
}
/** The index after a quoted string or name that opens at `i` (a doubled quote is an escaped one). */
function closing(text, i, quote) {
    let j = i + 1;
    for (;;) {
        const k = text.indexOf(quote, j);
        if (k === -1)
            return text.length;
        if (text[k + 1] === quote)
            j = k + 2;
        else
            return k;
    }
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/score.ts
const RISK_WEIGHTS = {
    highRisk: 0.3,
    dataLoss: 0.4,
    noRollback: 0.2,
    downtime: 0.1,
};
/** What one finding of a rule adds to its migration's score. */
function riskOf(flags) {
    let sum = 0;
    for (const key of Object.keys(RISK_WEIGHTS))
        if (flags[key])
            sum += RISK_WEIGHTS[key];
    return round(sum);
}
/** A migration's score is the capped sum of its findings' contributions. */
function capRisk(contributions) {
    return round(Math.min(1, contributions.reduce((a, b) => a + b, 0)));
}
/** Two decimals, so 0.1 + 0.2 prints as 0.3 and compares as written in `max-risk`. */
function round(n) {
    return Math.round(n * 100) / 100;
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/run-rules.ts




/**
 * Runs every enabled rule over every statement in order. Each statement is checked against the schema
 * as it stood before it, then applied, so that an index on a table created two lines up is not a lock.
 */
function runRules(input, rules, schema, settings, run = new Map()) {
    const { statements } = input;
    const findings = [];
    // Prisma sends a file as one multi-statement query, which PostgreSQL runs as one transaction.
    const inTransaction = statements.length > 1;
    const enumSwaps = findEnumSwaps(statements);
    const swapMembers = new Set(enumSwaps.flatMap((s) => s.members));
    const scratch = new Map();
    let lockTimeoutSet = false;
    for (const statement of statements) {
        for (const rule of rules) {
            const ctx = {
                statement,
                statements,
                schema,
                inTransaction,
                lockTimeoutSet,
                inEnumSwap: swapMembers.has(statement.index),
                enumSwaps,
                fileState: (init) => {
                    if (!scratch.has(rule))
                        scratch.set(rule, init());
                    return scratch.get(rule);
                },
                runState: (init) => {
                    if (!run.has(rule))
                        run.set(rule, init());
                    return run.get(rule);
                },
                settings,
                node: (kind) => nodeAs(statement.node, kind),
                report: (d) => findings.push(toFinding(input, rule, statement, d)),
            };
            rule.check(ctx);
        }
        const timeout = lockTimeoutOf(statement);
        if (timeout !== undefined)
            lockTimeoutSet = timeout;
        schema.apply(statement);
    }
    return findings;
}
/**
 * Whether a statement leaves a lock timeout in force (true), removes it (false), or does not touch it.
 * `0` (in any unit) disables the timeout: https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-LOCK-TIMEOUT
 * RESET and SET ... TO DEFAULT go back to the server's setting, which is unknown here: not counted as set.
 */
function lockTimeoutOf(s) {
    const set = nodeAs(s.node, 'VariableSetStmt');
    if (set?.name !== 'lock_timeout')
        return undefined;
    if (set.kind !== 'VAR_SET_VALUE')
        return false;
    const arg = nodeAs(set.args?.[0], 'A_Const');
    if (!arg)
        return false;
    // libpg-query omits zero values: `{ ival: {} }` is 0.
    if (arg.ival)
        return (arg.ival.ival ?? 0) !== 0;
    if (arg.fval)
        return Number(arg.fval.fval) !== 0;
    if (arg.sval)
        return !/^\s*0+(?:\.0*)?\s*(?:us|ms|s|min|h|d)?\s*$/i.test(arg.sval.sval ?? '');
    return false;
}
/** The n-th ALTER TABLE command's text; the whole statement when the clauses cannot be told apart. */
function clauseRange(statement, n) {
    const cmds = nodeAs(statement.node, 'AlterTableStmt')?.cmds?.length ?? 0;
    const ranges = splitClauses(statement.text);
    if (ranges.length !== cmds || !ranges[n])
        return { start: 0, end: statement.text.length };
    // The first range also holds the `ALTER TABLE name` head: a `near` pattern must not match the table's name there.
    return ranges[n];
}
function leadingSpace(text, from) {
    let i = from;
    while (i < text.length && /\s/.test(text[i]))
        i++;
    return i - from;
}
/** Whitespace-insensitive statement text: a fingerprint survives reformatting and moved lines. */
function normaliseSql(sql) {
    return sql.replace(/\s+/g, ' ').trim();
}
function toFinding(input, rule, statement, d) {
    const { lines, file } = input;
    let location = lines.locationOfChars(file, statement.startChar, statement.endChar);
    if (d.byte !== undefined)
        location = lines.locationOfBytes(file, d.byte);
    else {
        const range = d.clause === undefined ? { start: 0, end: statement.text.length } : clauseRange(statement, d.clause);
        const m = d.near?.exec(statement.text.slice(range.start, range.end));
        const from = statement.startChar + range.start + (m ? m.index : leadingSpace(statement.text, range.start));
        const to = m ? from + m[0].length : statement.startChar + range.end;
        if (m || d.clause !== undefined)
            location = lines.locationOfChars(file, from, to);
    }
    const data = d.data ?? {};
    return rule.report({
        messageId: d.messageId,
        data,
        ...(d.severity ? { severity: d.severity } : {}),
        location,
        // Counts (statements in the migration) are left out: adding a statement elsewhere must not make this a new finding.
        fingerprintKey: `${d.messageId}\0${normaliseSql(statement.text)}\0${Object.entries(data).filter(([k]) => k !== 'count').map(([, v]) => v).join('\0')}`,
        properties: { messageId: d.messageId, statement: statement.index + 1, risk: riskOf(rule.risk), ...data },
    });
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/not-analysed.ts

const DML = { InsertStmt: 'INSERT', UpdateStmt: 'UPDATE', DeleteStmt: 'DELETE', MergeStmt: 'MERGE' };
/**
 * Statements whose effect the rules cannot see: the body of a DO block or of a function, and DML
 * inside a WITH query (the rules check top-level statements). Each is said, so that a silence is
 * never taken for a check.
 */
function findUnanalysed(statements) {
    const out = [];
    for (const statement of statements) {
        const n = statement.node;
        if (nodeAs(n, 'DoStmt')) {
            out.push({ statement, messageId: 'doBlock', data: {} });
            continue;
        }
        const fn = nodeAs(n, 'CreateFunctionStmt');
        if (fn) {
            out.push({ statement, messageId: 'function', data: { name: `${fn.is_procedure ? 'procedure' : 'function'} ${qualifiedName(stringsOf(fn.funcname))}` } });
            continue;
        }
        for (const cte of ctesOf(n)) {
            const expr = nodeAs(cte, 'CommonTableExpr');
            const kind = expr?.ctequery ? Object.keys(expr.ctequery)[0] : undefined;
            if (kind && DML[kind])
                out.push({ statement, messageId: 'cte', data: { kind: DML[kind] }, byte: expr?.location });
        }
    }
    return out;
}
function ctesOf(n) {
    const withClause = nodeAs(n, 'SelectStmt')?.withClause ?? nodeAs(n, 'InsertStmt')?.withClause ?? nodeAs(n, 'UpdateStmt')?.withClause ?? nodeAs(n, 'DeleteStmt')?.withClause ?? nodeAs(n, 'MergeStmt')?.withClause;
    return withClause?.ctes ?? [];
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/analyse-migration.ts











/** Reads, parses and checks one migration file against the schema as it stands; then applies it to the schema. */
function analyseMigration(file, bytes, schema, options) {
    const decoded = decodeMigration(bytes);
    if (!decoded.ok) {
        const at = new positions/* LineIndex */.r(decoded.prefix).positionOfChar(decoded.prefix.length);
        const finding = metaFinding(unreadableMigration, decoded.problem, { detail: decoded.detail }, { file, ...at }, `${decoded.problem}`);
        return { file, findings: [finding], statements: [], unscorable: true };
    }
    const { text } = decoded;
    const lines = new positions/* LineIndex */.r(text);
    const parsed = parseStatements(text, lines);
    if (!parsed.ok) {
        const location = lines.locationOfChars(file, parsed.charOffset);
        const finding = metaFinding(syntaxError, 'syntax', { message: parsed.message }, location, `${parsed.message}\0${lines.lineText(location.line).trim()}`);
        return { file, findings: [finding], statements: [], unscorable: true, lines };
    }
    const { statements } = parsed;
    if (statements.length === 0) {
        return { file, findings: [metaFinding(emptyMigration, 'empty', {}, { file, line: 1, column: 1 }, 'empty')], statements, unscorable: false, lines };
    }
    const comments = commentsBetween(text, statements);
    const findings = runRules({ file, text, lines, statements }, options.rules, schema, options.settings, options.runState);
    for (const u of findUnanalysed(statements)) {
        const location = u.byte !== undefined ? lines.locationOfBytes(file, u.byte) : lines.locationOfChars(file, u.statement.startChar);
        const finding = metaFinding(notAnalysed, u.messageId, u.data, location, `${u.messageId}\0${normaliseSql(u.statement.text)}`);
        finding.properties = { ...finding.properties, statement: u.statement.index + 1 };
        findings.push(finding);
    }
    attachPrismaWarnings(findings, parsePrismaWarnings(comments), lines, file);
    const problems = applyDirectives(findings, parseDirectives(comments), { file, lines, knownRules: options.knownRules });
    return { file, findings: [...findings, ...problems], statements: statements.map(({ node: _, ...rest }) => rest), unscorable: false, lines };
}
function metaFinding(rule, messageId, data, location, key) {
    return rule.report({
        messageId,
        data,
        ...(location ? { location } : {}),
        fingerprintKey: key,
        properties: { messageId },
    });
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/build-result.ts


/** Statements longer than this are cut in the report's SQL sections. */
const MAX_STATEMENT_CHARS = 1500;
const MAX_STATEMENTS_PER_MIGRATION = 15;
/** A PR has a handful of migrations; `all` may have thousands, and the summary must stay readable (and under 1 MiB). */
const MAX_TABLE_ROWS = 200;
const MAX_SQL_SECTIONS = 10;
/** Outputs, headline, the per-migration table, the SQL of flagged statements, and the JSON data. */
function buildResult(j, selection, inputs) {
    const n = j.migrations.length;
    const worst = [...j.migrations].sort((a, b) => b.risk - a.risk)[0];
    const headline = n === 0
        ? (selection.note ?? 'No migration to score')
        : `${n} migration${n === 1 ? '' : 's'} scored, worst risk ${j.risk.toFixed(2)}${worst && worst.risk > 0 ? ` (${nameOf(worst.analysis.file)})` : ''}${j.regressive ? ', regressive' : ''}`;
    const sections = [];
    // Riskiest first when the list is cut; in file order (the order they deploy in) otherwise.
    const shown = n > MAX_TABLE_ROWS ? [...j.migrations].sort((a, b) => b.risk - a.risk).slice(0, MAX_TABLE_ROWS) : j.migrations;
    if (n > 0) {
        const rows = shown.map((m) => migrationRow(m));
        if (n > shown.length)
            rows.push([`… ${n - shown.length} more (lower risk) in the JSON report`, '', '', '']);
        sections.push({ kind: 'table', title: 'Migrations', headers: ['Migration', 'Risk', 'Regressive', 'Top findings'], rows });
    }
    const withSql = j.migrations.filter((m) => m.risk > 0 || m.analysis.findings.length > 0);
    const sqlShown = withSql.length > MAX_SQL_SECTIONS ? [...withSql].sort((a, b) => b.risk - a.risk).slice(0, MAX_SQL_SECTIONS) : withSql;
    for (const m of sqlShown) {
        const code = flaggedSql(m);
        if (code)
            sections.push({ kind: 'code', title: `Flagged statements in ${m.analysis.file}`, language: 'sql', code });
    }
    return {
        guard: 'migration-score',
        findings: [...j.findings].sort(compareFindings),
        outputs: { 'risk-score': j.risk.toFixed(2), regressive: String(j.regressive), migrations: String(n) },
        headline,
        sections,
        data: {
            mode: selection.mode,
            maxRisk: inputs.maxRisk,
            pgVersion: inputs.pgVersion,
            riskScore: j.risk,
            regressive: j.regressive,
            migrations: j.migrations.map((m) => ({
                file: m.analysis.file,
                name: nameOf(m.analysis.file),
                risk: m.risk,
                unapprovedRisk: m.unapprovedRisk,
                regressive: m.regressive,
                scorable: !m.analysis.unscorable,
                statements: m.analysis.statements.length,
                findings: countByRule(m.analysis.findings),
                approvals: m.analysis.findings.filter((f) => f.suppressed?.kind === 'approval').map((f) => ({ rule: f.ruleId, reason: f.suppressed.reason, line: f.location?.line })),
            })),
        },
    };
}
/** Prisma's folder name (`20240101000000_add_users`) for its migration.sql, else the path. */
function nameOf(file) {
    return external_node_path_.posix.basename(file) === 'migration.sql' ? external_node_path_.posix.basename(external_node_path_.posix.dirname(file)) : file;
}
function migrationRow(m) {
    const top = m.analysis.findings
        .filter((f) => f.suppressed?.kind !== 'ignore')
        .sort((a, b) => Number(b.properties?.risk ?? 0) - Number(a.properties?.risk ?? 0) || compareFindings(a, b))
        .slice(0, 3)
        .map((f) => `${f.ruleId}${f.location ? ` (line ${f.location.line})` : ''}${f.suppressed ? ' — approved' : ''}`);
    const risk = m.unapprovedRisk < m.risk ? `${m.risk.toFixed(2)} (${m.unapprovedRisk.toFixed(2)} unapproved)` : m.risk.toFixed(2);
    return [{ code: nameOf(m.analysis.file) }, risk, m.regressive ? 'yes' : 'no', top.join(', ') || '—'];
}
function flaggedSql(m) {
    const byStatement = new Map();
    for (const f of m.analysis.findings) {
        const idx = Number(f.properties?.statement ?? 0) - 1;
        if (idx < 0 || f.suppressed?.kind === 'ignore')
            continue;
        byStatement.set(idx, [...(byStatement.get(idx) ?? []), f]);
    }
    const blocks = [];
    for (const [idx, fs] of [...byStatement].sort((a, b) => a[0] - b[0]).slice(0, MAX_STATEMENTS_PER_MIGRATION)) {
        const s = m.analysis.statements[idx];
        if (!s)
            continue;
        const line = fs[0].location?.line ?? 0;
        const rules = [...new Set(fs.map((f) => f.ruleId + (f.suppressed ? ' (approved)' : '')))].join(', ');
        const text = s.text.length > MAX_STATEMENT_CHARS ? `${s.text.slice(0, MAX_STATEMENT_CHARS)}\n-- … cut (${s.text.length} characters)` : s.text;
        blocks.push(`-- line ${line}: ${rules}\n${text};`);
    }
    if (byStatement.size > MAX_STATEMENTS_PER_MIGRATION)
        blocks.push(`-- … ${byStatement.size - MAX_STATEMENTS_PER_MIGRATION} more flagged statement(s)`);
    return blocks.join('\n\n');
}
function countByRule(findings) {
    const out = {};
    for (const f of findings)
        out[f.ruleId] = (out[f.ruleId] ?? 0) + 1;
    return out;
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/judge.ts



/** Approvals by label, fail-on-regressive, each migration's score, and the max-risk gate. */
function judge(analyses, selection, inputs, labels) {
    const labelled = labels.includes(inputs.allowLabel);
    const migrations = [];
    const findings = [];
    for (const analysis of analyses) {
        if (selection.edited.has(analysis.file))
            analysis.findings.push(edited(analysis.file));
        // A denial is a regressive error as the rule reported it (ban-drop-not-null's severity is an option), before fail-on-regressive.
        const denials = new Set(analysis.findings.filter((f) => f.category === 'regressive' && f.severity === 'error'));
        for (const f of analysis.findings) {
            if (f.category !== 'regressive')
                continue;
            if (labelled && !f.suppressed)
                f.suppressed = { kind: 'approval', reason: `approved by the "${inputs.allowLabel}" label on the pull request`, by: `label:${inputs.allowLabel}` };
            if (!inputs.failOnRegressive && f.severity === 'error')
                f.severity = 'warning';
        }
        const counted = analysis.findings.filter((f) => f.suppressed?.kind !== 'ignore');
        const contribution = (f) => Number(f.properties?.risk ?? 0);
        const risk = analysis.unscorable ? 1 : capRisk(counted.map(contribution));
        const unapprovedRisk = analysis.unscorable ? 1 : capRisk(counted.filter((f) => !f.suppressed).map(contribution));
        const regressive = counted.some((f) => denials.has(f));
        migrations.push({ analysis, risk, unapprovedRisk, regressive });
        findings.push(...analysis.findings);
    }
    // Each migration over the line is its own finding: fixing the worst must not reveal the next one a push later.
    for (const m of migrations)
        if (m.unapprovedRisk > inputs.maxRisk)
            findings.push(overThreshold(m, inputs.maxRisk));
    return {
        migrations,
        findings,
        risk: migrations.reduce((m, v) => Math.max(m, v.risk), 0),
        regressive: migrations.some((m) => m.regressive),
    };
}
/** The rules named in the threshold message; the rest are counted. The contributions themselves are in the report. */
const MAX_REASONS = 3;
/** Trace entries (annotation related locations) per threshold finding. */
const MAX_TRACE = 10;
function overThreshold(worst, max) {
    const { analysis } = worst;
    const behind = analysis.findings.filter((f) => !f.suppressed && (Number(f.properties?.risk ?? 0) > 0 || analysis.unscorable));
    const byRule = new Map();
    for (const f of behind) {
        const r = byRule.get(f.ruleId) ?? { count: 0, risk: 0 };
        byRule.set(f.ruleId, { count: r.count + 1, risk: r.risk + Number(f.properties?.risk ?? 0) });
    }
    const ranked = [...byRule].sort((a, b) => b[1].risk - a[1].risk || (a[0] < b[0] ? -1 : 1));
    const named = ranked.slice(0, MAX_REASONS).map(([id, r]) => `${id}${r.count > 1 ? ` ×${r.count}` : ''} +${r.risk.toFixed(1)}`);
    if (ranked.length > MAX_REASONS)
        named.push(`${ranked.length - MAX_REASONS} more rule(s)`);
    const reasons = analysis.unscorable ? 'it cannot be scored' : named.join(', ');
    return riskThreshold.report({
        messageId: 'over',
        data: { score: worst.unapprovedRisk.toFixed(2), migration: nameOf(analysis.file), max: max.toFixed(2), reasons },
        location: behind[0]?.location ?? { file: analysis.file, line: 1, column: 1 },
        trace: behind
            .filter((f) => f.location)
            .slice(0, MAX_TRACE)
            .map((f) => ({ location: f.location, note: f.ruleId })),
        fingerprintKey: `${analysis.file}\0${max}`,
        properties: { messageId: 'over', risk: worst.unapprovedRisk, maxRisk: max },
    });
}
function edited(file) {
    return editedMigration.report({
        messageId: 'edited',
        location: { file, line: 1, column: 1 },
        fingerprintKey: 'edited',
        properties: { messageId: 'edited' },
    });
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/migrations-dir.ts


const migrations_dir_DOCS = 'https://github.com/bickford/actions/blob/main/docs/rules/README.md#migration-score';
const LOCK = 'migration_lock.toml';
/**
 * The folders of changed migration files that hold Prisma's migration_lock.toml: a PR's folders,
 * found without walking the repository (a walk costs more than scoring a typical PR).
 */
function dirsOfChangedFiles(fs, files) {
    const dirs = new Map();
    for (const f of files) {
        if (!f.endsWith('.sql'))
            continue;
        const dir = external_node_path_.posix.dirname(external_node_path_.posix.dirname(f));
        if (!dirs.has(dir) && fs.isFile(`${dir}/${LOCK}`))
            dirs.set(dir, { dir, source: `${dir}/${LOCK}` });
    }
    return [...dirs.values()];
}
/**
 * Every migrations folder: each one Prisma writes holds a migration_lock.toml. Only when none does is
 * each Prisma project's folder worked out from its config (prisma.config.ts `migrations.path`, or beside
 * the schema named by the config, package.json `prisma.schema` or prisma/schema.prisma). That discovery
 * is imported lazily: it reads prisma.config.ts with the TypeScript compiler, which takes longer to load
 * than a typical PR takes to score.
 */
async function findMigrationsDirs(fs) {
    const locked = fs.glob(`**/${LOCK}`, { leafMarker: LOCK }).map((lock) => ({ dir: external_node_path_.posix.dirname(lock), source: lock }));
    if (locked.length > 0)
        return locked;
    const { findPrismaProjects } = await Promise.all(/* import() */[__nccwpck_require__.e(429), __nccwpck_require__.e(269)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9269));
    const found = new Map();
    for (const p of findPrismaProjects(fs).projects) {
        const source = p.migrationsDirFromConfig ? `${p.configFile} migrations.path` : `the folder beside ${p.schemaPath}`;
        const namedAt = p.migrationsDirFromConfig ? p.config?.migrationsPath?.location : undefined;
        if (!found.has(p.migrationsDir))
            found.set(p.migrationsDir, { dir: p.migrationsDir, source, namedAt });
    }
    return [...found.values()];
}
/**
 * The folders that exist. A repository without one (it uses `prisma db push`, or has no Prisma project) has
 * nothing to score, which the run says; a folder named in prisma.config.ts that does not exist is a
 * configuration error at that setting, since the user asked for it.
 */
async function existingMigrationsDirs(fs) {
    const dirs = await findMigrationsDirs(fs);
    if (dirs.length === 0) {
        return { dirs: [], nothing: 'Nothing to check: no migrations folder (no migration_lock.toml, and no Prisma schema to find one beside). Set `paths` to score other SQL files.' };
    }
    const present = dirs.filter((d) => fs.isDirectory(d.dir));
    const named = dirs.find((d) => d.namedAt && !fs.isDirectory(d.dir));
    if (named) {
        throw new errors/* ConfigurationError */.j1(`The migrations folder ${named.dir} (from ${named.source}) does not exist. Create the first migration with \`prisma migrate dev\`, fix the path, or set the \`paths\` input.`, migrations_dir_DOCS, named.namedAt);
    }
    if (present.length === 0) {
        return { dirs: [], nothing: `Nothing to check: no migrations folder (${dirs.map((d) => d.dir).join(', ')} does not exist; a repository that uses \`prisma db push\` has none).` };
    }
    return { dirs: present };
}
/**
 * The migration files of a folder, in the order Prisma applies them (folder names start with a timestamp).
 * A migration.sql that is not a readable file (a folder, a dangling symlink) is listed too: it is where a
 * migration is expected, and reading it reports it unreadable, as a pull request that adds it does.
 */
function migrationFilesIn(fs, dir) {
    return fs
        .list(dir)
        .filter((name) => fs.isFile(`${dir}/${name}/migration.sql`) || fs.list(`${dir}/${name}`).includes('migration.sql'))
        .map((name) => `${dir}/${name}/migration.sql`)
        .sort();
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/replay-history.ts




/**
 * Applies the folder's history to the schema state and settles it, so rules know the tables, column
 * types, enum values and constraints that exist and hold rows. Files that do not read or parse are
 * skipped: what they would have built stays unknown, and unknown objects count as existing.
 */
function replayHistory(ctx, dir, scope, state) {
    for (const file of migrationFilesIn(ctx.fs, dir)) {
        if (scope.before !== undefined && file >= scope.before)
            break;
        if (scope.scored.has(file))
            continue;
        const text = scope.appliedText?.(file) ?? readText(ctx, file);
        if (text === undefined)
            continue;
        const parsed = parseStatements(text, new positions/* LineIndex */.r(text));
        if (!parsed.ok) {
            ctx.logger.debug(`history: ${file} does not parse (${parsed.message}); skipped`);
            continue;
        }
        for (const s of parsed.statements)
            state.apply(s);
    }
    state.settle();
}
function readText(ctx, file) {
    try {
        const decoded = decodeMigration(ctx.fs.readBytes(file));
        return decoded.ok ? decoded.text : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/select-files.ts


const PATHS_DOCS = 'https://github.com/bickford/actions/blob/main/actions/migration-score/README.md#inputs';
/**
 * Which files to score: the `paths` globs, or every migration (`all`, and the CLI without --base),
 * or the .sql files the PR added or changed under a migrations folder.
 */
async function selectFiles(inputs, ctx) {
    const edited = new Set();
    if (inputs.paths.length > 0) {
        const files = ctx.fs.glob(inputs.paths);
        if (files.length === 0)
            throw new errors/* ConfigurationError */.j1(`paths (${inputs.paths.join(', ')}) matched no file under ${ctx.fs.root}; check the globs, which are relative to the repository root.`, PATHS_DOCS);
        return { mode: 'paths', files, dirs: (await findMigrationsDirs(ctx.fs)).filter((d) => ctx.fs.isDirectory(d.dir)), edited };
    }
    if (!inputs.all && ctx.changesUnknown) {
        return { mode: 'none', files: [], dirs: [], edited, note: 'The change set is unknown (see the change-set-unknown error): nothing was scored' };
    }
    if (!inputs.all && !ctx.changes && !ctx.policies.wholeTreeWithoutBase) {
        return { mode: 'none', files: [], dirs: [], edited, note: 'No pull request or base commit to compare with: nothing to score. Set `all: true` to score every migration.' };
    }
    if (inputs.all || !ctx.changes) {
        const { dirs, nothing } = await existingMigrationsDirs(ctx.fs);
        if (nothing)
            return { mode: 'none', files: [], dirs: [], edited, note: nothing };
        return { mode: 'all', files: dirs.flatMap((d) => migrationFilesIn(ctx.fs, d.dir)), dirs, edited };
    }
    const changed = asMigrations(ctx.changes.files);
    const changedSql = changed.filter((f) => f.status !== 'deleted' && f.path.endsWith('.sql')).map((f) => f.path);
    if (changedSql.length === 0)
        return { mode: 'changes', files: [], dirs: [], edited, note: 'The pull request changes no SQL file.' };
    // The folders of the changed files first (no walk); the full discovery only when they are not Prisma's.
    let dirs = dirsOfChangedFiles(ctx.fs, changedSql);
    if (dirs.length === 0) {
        const existing = await existingMigrationsDirs(ctx.fs);
        if (existing.nothing)
            return { mode: 'changes', files: [], dirs: [], edited, note: existing.nothing };
        dirs = existing.dirs;
    }
    const files = [];
    for (const f of changed) {
        if (f.status === 'deleted' || !f.path.endsWith('.sql') || !dirs.some((d) => f.path.startsWith(`${d.dir}/`)))
            continue;
        files.push(f.path);
        if (f.status === 'modified')
            edited.add(f.path);
    }
    return { mode: 'changes', files: files.sort(), dirs, edited, note: files.length ? undefined : 'The pull request changes no migration.' };
}
/**
 * A folder named migration.sql shows in a diff as the files inside it. It stands where a migration is expected,
 * so it is selected (and reported unreadable) as it is without --base, where the folder listing finds it.
 */
function asMigrations(files) {
    const seen = new Set();
    const out = [];
    for (const f of files) {
        const folder = /^(.*\/migration\.sql)\//.exec(f.path)?.[1];
        const file = folder && f.status !== 'deleted' ? { ...f, path: folder } : f;
        if (seen.has(`${file.status}\0${file.path}`))
            continue;
        seen.add(`${file.status}\0${file.path}`);
        out.push(file);
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/read-datasource.ts
/**
 * The datasource block of a Prisma schema, read by hand: Prisma's schema WASM (`get_config`, which gives the same
 * `schemas` and `url`; see read-datasource.test.ts, which compares the two) is 3 MB to compile, more than scoring a
 * typical pull request costs. Undefined when no file has a datasource block.
 */
function readDatasource(files) {
    for (const text of files) {
        const tokens = tokenize(text);
        for (let i = 0; i + 2 < tokens.length; i++) {
            const t = tokens[i];
            if (t.kind === 'ident' && t.value === 'datasource' && tokens[i + 1].kind === 'ident' && isPunct(tokens[i + 2], '{') && atTopLevel(tokens, i)) {
                return readBlock(tokens, i + 3);
            }
        }
    }
    return undefined;
}
function readBlock(tokens, start) {
    const info = { schemas: [] };
    let i = start;
    while (i < tokens.length && !isPunct(tokens[i], '}')) {
        const key = tokens[i];
        if (key.kind !== 'ident' || !isPunct(tokens[i + 1], '=')) {
            i++;
            continue;
        }
        const valueStart = i + 2;
        const end = valueEnd(tokens, valueStart);
        const value = tokens.slice(valueStart, end);
        if (key.value === 'schemas' && isPunct(value[0], '['))
            info.schemas = value.filter((v) => v.kind === 'string').map((v) => v.value);
        if (key.value === 'url') {
            if (value.length === 1 && value[0].kind === 'string')
                info.url = { literal: value[0].value };
            else if (value[0]?.kind === 'ident' && value[0].value === 'env' && value[2]?.kind === 'string')
                info.url = { env: value[2].value };
        }
        i = end;
    }
    return info;
}
/** One value: a string, an identifier, a call `f(...)` or an array `[...]`, brackets balanced. */
function valueEnd(tokens, start) {
    let depth = 0;
    for (let i = start; i < tokens.length; i++) {
        const t = tokens[i];
        if (isPunct(t, '[') || isPunct(t, '('))
            depth++;
        else if (isPunct(t, ']') || isPunct(t, ')'))
            depth--;
        // A call (`env(...)`) goes on past its name.
        const callName = t.kind === 'ident' && isPunct(tokens[i + 1], '(');
        if (depth <= 0 && !callName)
            return i + 1;
    }
    return tokens.length;
}
function atTopLevel(tokens, at) {
    let depth = 0;
    for (let i = 0; i < at; i++)
        depth += isPunct(tokens[i], '{') ? 1 : isPunct(tokens[i], '}') ? -1 : 0;
    return depth === 0;
}
function isPunct(t, value) {
    return t?.kind === 'punct' && t.value === value;
}
/** Strings (with Prisma's backslash escapes), identifiers and punctuation; `//` comments and whitespace dropped. */
function tokenize(text) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === '/' && text[i + 1] === '/') {
            while (i < text.length && text[i] !== '\n')
                i++;
        }
        else if (c === '"') {
            let value = '';
            i++;
            while (i < text.length && text[i] !== '"' && text[i] !== '\n') {
                if (text[i] === '\\' && i + 1 < text.length)
                    i++;
                value += text[i++];
            }
            i++;
            tokens.push({ kind: 'string', value });
        }
        else if (/[A-Za-z_]/.test(c)) {
            const m = /^[A-Za-z_][\w.]*/.exec(text.slice(i, i + 200));
            tokens.push({ kind: 'ident', value: m[0] });
            i += m[0].length;
        }
        else if ('{}[]()=,:@'.includes(c)) {
            tokens.push({ kind: 'punct', value: c });
            i++;
        }
        else
            i++;
    }
    return tokens;
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/search-path.ts


const DEFAULT_SCHEMA = 'public';
/**
 * The schema an unqualified name in a migration resolves to when `prisma migrate deploy` runs it. Prisma's
 * PostgreSQL connector sets `search_path` to the connection URL's `schema` parameter, `public` without one
 * (quaint's `PostgresUrl::schema()` and `SET search_path = "<schema>"` on connect, prisma/prisma-engines
 * quaint/src/connector/postgres). multiSchema's `schemas` list does not change that: Prisma qualifies every
 * name it writes then (Prisma 7's schema engine writes `CREATE TABLE "auth"."User"`, see
 * test/fixtures/multi-schema), so only hand-written SQL has unqualified names, and PostgreSQL resolves them
 * through the URL's schema. A URL this job cannot read (an unset variable) is taken as one without `?schema=`,
 * the common case, and the log says so.
 */
async function searchPathOf(fs, env, migrationsDir) {
    const schemaDir = external_node_path_.posix.dirname(migrationsDir);
    const config = configFileFor(fs, schemaDir);
    const fromConfig = config ? await configUrl(fs, env, config) : undefined;
    const datasource = readDatasource(schemaTexts(fs, schemaDir));
    const schemas = datasource?.schemas ?? [];
    let url;
    let named;
    if (fromConfig)
        ({ url, named } = fromConfig);
    else if (datasource?.url) {
        url = 'literal' in datasource.url ? datasource.url.literal : env[datasource.url.env];
        named = 'literal' in datasource.url ? 'the datasource url' : `${datasource.url.env} (the datasource url)`;
    }
    if (named && url === undefined)
        return { schema: DEFAULT_SCHEMA, schemas, reason: `${named} is not set in this job: unqualified names resolve to ${DEFAULT_SCHEMA}, as with a URL without ?schema=` };
    const fromUrl = url !== undefined ? schemaParam(url) : undefined;
    if (fromUrl)
        return { schema: fromUrl, schemas, reason: `the ?schema= of ${named}` };
    return { schema: DEFAULT_SCHEMA, schemas, reason: named ? `${named} has no ?schema=` : 'no connection URL is named' };
}
/**
 * `datasource.url` of prisma.config.ts, when it has one. The config reader is imported only here: it is the part of
 * Prisma project discovery that a typical pull request never loads (see migrations-dir.ts).
 */
async function configUrl(fs, env, config) {
    const { readPrismaConfig, configEnv, valueOf } = await Promise.all(/* import() */[__nccwpck_require__.e(429), __nccwpck_require__.e(269)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9269));
    let info;
    try {
        info = readPrismaConfig(config, fs.readText(config));
    }
    catch {
        return undefined; // prisma-guard reports an unreadable config; here it only means the URL is unknown
    }
    if (!info.datasourceUrl)
        return undefined;
    const named = info.datasourceUrl.kind === 'env' ? `${info.datasourceUrl.name} (${config} datasource.url)` : `${config} datasource.url`;
    return { url: valueOf(info.datasourceUrl, configEnv(fs, info, env)), named };
}
function schemaParam(url) {
    try {
        return new URL(url).searchParams.get('schema') || undefined;
    }
    catch {
        return undefined; // not a URL (a prisma+postgres:// proxy string still parses); Prisma would refuse it
    }
}
/** The .prisma files beside the migrations folder: the schema file, or the folder whose file holds the datasource. */
function schemaTexts(fs, dir) {
    return fs
        .list(dir)
        .filter((n) => n.endsWith('.prisma'))
        .map((n) => (dir === '.' ? n : `${dir}/${n}`))
        .filter((f) => fs.isFile(f))
        .map((f) => fs.readText(f));
}
/** Prisma 7's config names (`CONFIG_NAMES` in find-projects.ts, which this avoids loading); .ts first, as Prisma looks. */
const CONFIG_NAME = /^prisma\.config\.[cm]?[jt]s$/;
/** prisma.config.* of the package that holds the folder: the nearest directory up with a config or a package.json. */
function configFileFor(fs, from) {
    let dir = from;
    for (;;) {
        const at = (n) => (dir === '.' ? n : `${dir}/${n}`);
        const config = fs.list(dir).filter((n) => CONFIG_NAME.test(n)).sort(byConfigOrder).map(at).find((f) => fs.isFile(f));
        if (config)
            return config;
        if (fs.isFile(at('package.json')) || dir === '.')
            return undefined;
        dir = external_node_path_.posix.dirname(dir);
    }
}
/** ts, mts, cts, js, mjs, cjs: the order of Prisma's CONFIG_NAMES. */
function byConfigOrder(a, b) {
    const rank = (n) => ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'].indexOf(n.slice('prisma.config.'.length));
    return rank(a) - rank(b);
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/enabled-rules.ts


const enabled_rules_DOCS = 'https://github.com/bickford/actions/tree/main/docs/rules';
/** The defaults, with `rules` entries turning rules on (`prefer-text`) or off (`-require-lock-timeout`). */
function enabledRules(changes) {
    const ids = new Set(defaultRuleIds());
    for (const entry of changes) {
        const off = entry.startsWith('-');
        const id = off ? entry.slice(1) : entry;
        const rule = ruleById(id);
        if (!rule)
            throw new errors/* ConfigurationError */.j1(`rules names ${id}, which is not a migration-score rule; the rules are listed in ${enabled_rules_DOCS}`, enabled_rules_DOCS);
        if (rule.category === 'meta')
            continue;
        if (off)
            ids.delete(id);
        else
            ids.add(id);
    }
    return RULES.filter((r) => ids.has(r.id));
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/score-migrations.ts












/** The engine: select the migrations, check each statement, approve, score, and gate on max-risk. */
async function scoreMigrations(inputs, ctx) {
    await loadParser();
    const selection = await selectFiles(inputs, ctx);
    const rules = enabledRules(inputs.rules);
    const options = {
        rules,
        settings: { pgVersion: inputs.pgVersion, lockTimeout: inputs.lockTimeout, dropNotNull: inputs.dropNotNull },
        knownRules: new Set(RULES.map((r) => r.id)),
        runState: new Map(),
    };
    const scored = new Set(selection.files.filter((f) => !selection.edited.has(f)));
    const states = new Map();
    const defaultSchemas = new Map();
    for (const d of selection.dirs)
        defaultSchemas.set(d.dir, await defaultSchema(ctx, d.dir));
    // Each folder is its own database; files outside every folder share one state.
    const stateFor = (file) => {
        const dir = selection.dirs.find((d) => file.startsWith(`${d.dir}/`))?.dir ?? '';
        let state = states.get(dir);
        if (!state) {
            state = new SchemaState(defaultSchemas.get(dir));
            if (dir && selection.mode === 'changes') {
                // The base's full history, edited files as the databases applied them: what the PR adds is judged against that.
                replayHistory(ctx, dir, { scored, appliedText: (f) => (selection.edited.has(f) ? appliedText(ctx, f) : undefined) }, state);
            }
            else if (dir && selection.mode === 'paths') {
                replayHistory(ctx, dir, { scored, before: [...scored].filter((f) => f.startsWith(`${dir}/`)).sort()[0] }, state);
            }
            states.set(dir, state);
        }
        return state;
    };
    const analyses = [];
    for (const file of selection.files) {
        // An edited applied migration never runs again where it was applied: it is reported (judge), not scored.
        if (selection.edited.has(file)) {
            analyses.push({ file, findings: [], statements: [], unscorable: false });
            continue;
        }
        const state = stateFor(file);
        analyses.push(analyse(ctx, file, state, options));
        // With `all`, each migration was its own deploy: what it created holds data for the next one.
        if (selection.mode === 'all')
            state.settle();
    }
    ctx.logger.info(`migration-score: ${analyses.length} migration(s) checked with ${rules.length} rule(s), pg-version ${inputs.pgVersion}`);
    const judged = judge(analyses, selection, inputs, ctx.labels);
    return buildResult(judged, selection, inputs);
}
/** Where the folder's unqualified names live (search-path.ts), said in the log when it is not plain `public`. */
async function defaultSchema(ctx, dir) {
    const found = await searchPathOf(ctx.fs, ctx.env, dir);
    const multi = found.schemas.length > 0 ? `; multiSchema (${found.schemas.join(', ')}): Prisma qualifies the names it writes` : '';
    const line = `migration-score: unqualified names in ${dir} resolve to schema ${found.schema} (${found.reason})${multi}`;
    if (found.schema !== 'public' || multi)
        ctx.logger.info(line);
    else
        ctx.logger.debug(line);
    return found.schema;
}
/**
 * The text of an edited migration at the base commit, which is what databases applied. A shallow
 * checkout (fetch-depth 1) has no base commit: the working tree's text stands in, and the log says so.
 */
function appliedText(ctx, file) {
    const base = ctx.changes?.base;
    // `./` makes the path relative to the working directory, which may be a subfolder of the repository.
    const text = base ? ctx.git.show(base, `./${file}`) : undefined;
    if (text === undefined)
        ctx.logger.info(`migration-score: the base version of edited migration ${file} is not in this checkout (fetch-depth 1?); its current text stands in for the history`);
    return text;
}
function analyse(ctx, file, state, options) {
    let bytes;
    try {
        bytes = ctx.fs.readBytes(file);
    }
    catch (e) {
        // A file that cannot be read is reported like one that cannot be parsed: never as safe.
        const rule = unreadableMigration;
        const finding = rule.report({
            messageId: 'unreadable',
            data: { detail: e instanceof repo_fs/* FileReadError */.tJ ? e.message : String(e) },
            location: { file, line: 1, column: 1 },
            fingerprintKey: 'unreadable',
            properties: { messageId: 'unreadable' },
        });
        return { file, findings: [finding], statements: [], unscorable: true };
    }
    return analyseMigration(file, bytes, state, options);
}

;// CONCATENATED MODULE: ./actions/migration-score/src/inputs.ts

const DEFAULTS = { pgVersion: 15, maxRisk: 0.5, failOnRegressive: true, allowLabel: 'migration-approved', lockTimeout: 'migration', dropNotNull: 'warning' };
function readMigrationScoreInputs(reader) {
    const rules = reader.list('rules');
    enabledRules(rules); // fails now, naming the input, rather than after the files are read
    return {
        paths: reader.list('paths'),
        all: reader.boolean('all', false),
        pgVersion: reader.number('pg-version', DEFAULTS.pgVersion, { min: 9, max: 19, integer: true }),
        maxRisk: reader.number('max-risk', DEFAULTS.maxRisk, { min: 0, max: 1 }),
        failOnRegressive: reader.boolean('fail-on-regressive', DEFAULTS.failOnRegressive),
        allowLabel: reader.string('allow-label', DEFAULTS.allowLabel) ?? DEFAULTS.allowLabel,
        rules,
        lockTimeout: reader.oneOf('lock-timeout', ['migration', 'connection'], DEFAULTS.lockTimeout),
        dropNotNull: reader.oneOf('drop-not-null', ['warning', 'error'], DEFAULTS.dropNotNull),
    };
}

;// CONCATENATED MODULE: ./actions/migration-score/src/guard.ts



const guard = defineGuard({
    name: 'migration-score',
    readInputs: readMigrationScoreInputs,
    // `paths` and `all` name the files themselves; otherwise the PR's change set is what gets scored.
    // An edited migration is scored against its text at the base (what databases applied): on the API path, a clone
    // without the base fetches that text beforehand.
    changeSet: { needed: (inputs) => inputs.paths.length === 0 && !inputs.all, needsBaseContent: (path) => path.endsWith('.sql') },
    dataPaths: ['migrations.*.file'],
    run: scoreMigrations,
});

;// CONCATENATED MODULE: ./actions/migration-score/src/main.ts
 // first: before any WebAssembly compiles


void runAction(guard);

}();
module.exports = __webpack_exports__;
/******/ })()
;