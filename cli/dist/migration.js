/******/ (function() { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 115:
/***/ (function(__unused_webpack_module, exports) {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));


/***/ }),

/***/ 461:
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
__exportStar(__nccwpck_require__(124), exports);
__exportStar(__nccwpck_require__(115), exports);


/***/ }),

/***/ 124:
/***/ (function(__unused_webpack_module, exports) {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));


/***/ }),

/***/ 995:
/***/ (function(module, __unused_webpack_exports, __nccwpck_require__) {

var PgQueryModule=(()=>{var _scriptName=globalThis.document?.currentScript?.src;return async function(moduleArg={}){var Module=moduleArg;var ENVIRONMENT_IS_WEB=!!globalThis.window;var ENVIRONMENT_IS_WORKER=!!globalThis.WorkerGlobalScope;var ENVIRONMENT_IS_NODE=globalThis.process?.versions?.node&&globalThis.process?.type!="renderer";var programArgs=[];var thisProgram="./this.program";var quit_=(status,toThrow)=>{throw toThrow};if(typeof __filename!="undefined"){_scriptName=__filename}else if(ENVIRONMENT_IS_WORKER){_scriptName=self.location.href}var scriptDirectory="";function locateFile(path){if(Module["locateFile"]){return Module["locateFile"](path,scriptDirectory)}return scriptDirectory+path}var readAsync,readBinary;if(ENVIRONMENT_IS_NODE){var fs=__nccwpck_require__(24);scriptDirectory=__dirname+"/";readBinary=filename=>{filename=isFileURI(filename)?new URL(filename):filename;var ret=fs.readFileSync(filename);return ret};readAsync=async(filename,binary=true)=>{filename=isFileURI(filename)?new URL(filename):filename;var ret=fs.readFileSync(filename,binary?undefined:"utf8");return ret};if(process.argv.length>1){thisProgram=process.argv[1].replace(/\\/g,"/")}programArgs=process.argv.slice(2);quit_=(status,toThrow)=>{process.exitCode=status;throw toThrow}}else if(ENVIRONMENT_IS_WEB||ENVIRONMENT_IS_WORKER){try{scriptDirectory=new URL(".",_scriptName).href}catch{}{if(ENVIRONMENT_IS_WORKER){readBinary=url=>{var xhr=new XMLHttpRequest;xhr.open("GET",url,false);xhr.responseType="arraybuffer";xhr.send(null);return new Uint8Array(xhr.response)}}readAsync=async url=>{var response=await fetch(url,{credentials:"same-origin"});if(response.ok){return response.arrayBuffer()}throw new Error(response.status+" : "+response.url)}}}else{}var out=console.log.bind(console);var err=console.error.bind(console);var wasmBinary;var ABORT=false;var EXITSTATUS;var isFileURI=filename=>filename.startsWith("file://");class EmscriptenEH{}class EmscriptenSjLj extends EmscriptenEH{}var runtimeInitialized=false;function getMemoryBuffer(){return wasmMemory.buffer}function updateMemoryViews(){if(HEAP8?.buffer?.resizable)return;var b=getMemoryBuffer();HEAP8=new Int8Array(b);HEAP16=new Int16Array(b);Module["HEAPU8"]=HEAPU8=new Uint8Array(b);HEAPU16=new Uint16Array(b);HEAP32=new Int32Array(b);Module["HEAPU32"]=HEAPU32=new Uint32Array(b);HEAPF32=new Float32Array(b);HEAPF64=new Float64Array(b);HEAP64=new BigInt64Array(b);HEAPU64=new BigUint64Array(b)}function preRun(){var preRun=Module["preRun"];if(preRun){if(typeof preRun=="function")preRun=[preRun];onPreRuns.push(...preRun)}callRuntimeCallbacks(onPreRuns)}function initRuntime(){runtimeInitialized=true;if(!Module["noFSInit"]&&!FS.initialized)FS.init();TTY.init();wasmExports["A"]();FS.ignorePermissions=false}function postRun(){var postRun=Module["postRun"];if(postRun){if(typeof postRun=="function")postRun=[postRun];onPostRuns.push(...postRun)}callRuntimeCallbacks(onPostRuns)}function abort(what){Module["onAbort"]?.(what);what=`Aborted(${what})`;err(what);ABORT=true;what+=". Build with -sASSERTIONS for more info.";var e=new WebAssembly.RuntimeError(what);throw e}var wasmBinaryFile;function findWasmBinary(){return locateFile("libpg-query.wasm")}function getBinarySync(file){if(readBinary){return readBinary(file)}throw"both async and sync fetching of the wasm failed"}async function getWasmBinary(binaryFile){if(!wasmBinary){try{var response=await readAsync(binaryFile);return new Uint8Array(response)}catch{}}return getBinarySync(binaryFile)}async function instantiateArrayBuffer(binaryFile,imports){try{var binary=await getWasmBinary(binaryFile);var instance=await WebAssembly.instantiate(binary,imports);return instance}catch(reason){err(`failed to asynchronously prepare wasm: ${reason}`);abort(reason)}}async function instantiateAsync(binary,binaryFile,imports){if(!binary&&!ENVIRONMENT_IS_NODE){try{var response=fetch(binaryFile,{credentials:"same-origin"});var instantiationResult=await WebAssembly.instantiateStreaming(response,imports);return instantiationResult}catch(reason){err(`wasm streaming compile failed: ${reason}`);err("falling back to ArrayBuffer instantiation")}}return instantiateArrayBuffer(binaryFile,imports)}function getWasmImports(){var imports={a:wasmImports};return imports}async function createWasm(){function receiveInstance(instance){wasmExports=instance.exports;assignWasmExports(wasmExports);updateMemoryViews();return wasmExports}function receiveInstantiationResult(result){return receiveInstance(result["instance"])}var info=getWasmImports();var instantiateWasm=Module["instantiateWasm"];if(instantiateWasm){return new Promise(resolve=>{instantiateWasm(info,inst=>resolve(receiveInstance(inst)))})}wasmBinaryFile??=findWasmBinary();var result=await instantiateAsync(wasmBinary,wasmBinaryFile,info);var exports=receiveInstantiationResult(result);return exports}class ExitStatus{name="ExitStatus";constructor(status){this.message=`Program terminated with exit(${status})`;this.status=status}}var HEAP16;var HEAP32;var HEAP64;var HEAP8;var HEAPF32;var HEAPF64;var HEAPU16;var HEAPU32;var HEAPU64;var HEAPU8;var callRuntimeCallbacks=callbacks=>{while(callbacks.length>0){callbacks.shift()(Module)}};var onPostRuns=[];var onPreRuns=[];function getValue(ptr,type="i8"){if(type.endsWith("*"))type="*";switch(type){case"i1":return HEAP8[ptr];case"i8":return HEAP8[ptr];case"i16":return HEAP16[ptr>>1];case"i32":return HEAP32[ptr>>2];case"i64":return HEAP64[ptr>>3];case"float":return HEAPF32[ptr>>2];case"double":return HEAPF64[ptr>>3];case"*":return HEAPU32[ptr>>2];default:abort(`invalid type for getValue: ${type}`)}}var noExitRuntime=true;var stackRestore=val=>__emscripten_stack_restore(val);var stackSave=()=>_emscripten_stack_get_current();var UTF8Decoder=globalThis.TextDecoder&&new TextDecoder;var findStringEnd=(heapOrArray,idx,maxBytesToRead,ignoreNul)=>{var maxIdx=idx+maxBytesToRead;if(ignoreNul)return maxIdx;while(heapOrArray[idx]&&!(idx>=maxIdx))++idx;return idx};var UTF8ArrayToString=(heapOrArray,idx=0,maxBytesToRead,ignoreNul)=>{var endPtr=findStringEnd(heapOrArray,idx,maxBytesToRead,ignoreNul);if(endPtr-idx>16&&heapOrArray.buffer&&UTF8Decoder){return UTF8Decoder.decode(heapOrArray.subarray(idx,endPtr))}var str="";while(idx<endPtr){var u0=heapOrArray[idx++];if(!(u0&128)){str+=String.fromCharCode(u0);continue}var u1=heapOrArray[idx++]&63;if((u0&224)==192){str+=String.fromCharCode((u0&31)<<6|u1);continue}var u2=heapOrArray[idx++]&63;if((u0&240)==224){u0=(u0&15)<<12|u1<<6|u2}else{u0=(u0&7)<<18|u1<<12|u2<<6|heapOrArray[idx++]&63}if(u0<65536){str+=String.fromCharCode(u0)}else{var ch=u0-65536;str+=String.fromCharCode(55296|ch>>10,56320|ch&1023)}}return str};var UTF8ToString=(ptr,maxBytesToRead,ignoreNul)=>ptr?UTF8ArrayToString(HEAPU8,ptr,maxBytesToRead,ignoreNul):"";var ___assert_fail=(condition,filename,line,func)=>abort(`Assertion failed: ${UTF8ToString(condition)}, at: `+[filename?UTF8ToString(filename):"unknown filename",line,func?UTF8ToString(func):"unknown function"]);var __abort_js=()=>abort("");var runtimeKeepaliveCounter=0;var __emscripten_runtime_keepalive_clear=()=>{noExitRuntime=false;runtimeKeepaliveCounter=0};var __emscripten_throw_longjmp=()=>{throw new EmscriptenSjLj};var timers={};var handleException=e=>{if(e instanceof ExitStatus||e=="unwind"){return EXITSTATUS}quit_(1,e)};var keepRuntimeAlive=()=>noExitRuntime||runtimeKeepaliveCounter>0;var _proc_exit=code=>{EXITSTATUS=code;if(!keepRuntimeAlive()){Module["onExit"]?.(code);ABORT=true}quit_(code,new ExitStatus(code))};var exitJS=(status,implicit)=>{EXITSTATUS=status;_proc_exit(status)};var _exit=exitJS;var maybeExit=()=>{if(!keepRuntimeAlive()){try{_exit(EXITSTATUS)}catch(e){handleException(e)}}};var callUserCallback=func=>{if(ABORT){return}try{return func()}catch(e){handleException(e)}finally{maybeExit()}};var _emscripten_get_now=()=>performance.now();var __setitimer_js=(which,timeout_ms)=>{if(timers[which]){clearTimeout(timers[which].id);delete timers[which]}if(!timeout_ms)return 0;var id=setTimeout(()=>{delete timers[which];callUserCallback(()=>__emscripten_timeout(which,_emscripten_get_now()))},timeout_ms);timers[which]={id,timeout_ms};return 0};var getHeapMax=()=>1073741824;var alignMemory=(size,alignment)=>Math.ceil(size/alignment)*alignment;var growMemory=size=>{var oldHeapSize=wasmMemory.buffer.byteLength;var pages=(size-oldHeapSize+65535)/65536|0;try{wasmMemory.grow(pages);updateMemoryViews();return 1}catch(e){}};var _emscripten_resize_heap=requestedSize=>{var oldSize=HEAPU8.length;requestedSize>>>=0;var maxHeapSize=getHeapMax();if(requestedSize>maxHeapSize){return false}for(var cutDown=1;cutDown<=4;cutDown*=2){var overGrownHeapSize=oldSize*(1+.2/cutDown);overGrownHeapSize=Math.min(overGrownHeapSize,requestedSize+100663296);var newSize=Math.min(maxHeapSize,alignMemory(Math.max(requestedSize,overGrownHeapSize),65536));var replacement=growMemory(newSize);if(replacement){return true}}return false};var PATH={isAbs:path=>path.charAt(0)==="/",splitPath:filename=>{var splitPathRe=/^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;return splitPathRe.exec(filename).slice(1)},normalizeArray:(parts,allowAboveRoot)=>{var up=0;for(var i=parts.length-1;i>=0;i--){var last=parts[i];if(last==="."){parts.splice(i,1)}else if(last===".."){parts.splice(i,1);up++}else if(up){parts.splice(i,1);up--}}if(allowAboveRoot){for(;up;up--){parts.unshift("..")}}return parts},normalize:path=>{var isAbsolute=PATH.isAbs(path),trailingSlash=path.slice(-1)==="/";path=PATH.normalizeArray(path.split("/").filter(p=>!!p),!isAbsolute).join("/");if(!path&&!isAbsolute){path="."}if(path&&trailingSlash){path+="/"}return(isAbsolute?"/":"")+path},dirname:path=>{var result=PATH.splitPath(path),root=result[0],dir=result[1];if(!root&&!dir){return"."}if(dir){dir=dir.slice(0,-1)}return root+dir},basename:path=>path&&path.match(/([^\/]+|\/)\/*$/)[1],join:(...paths)=>PATH.normalize(paths.join("/")),join2:(l,r)=>PATH.normalize(l+"/"+r)};var initRandomFill=()=>{if(ENVIRONMENT_IS_NODE){var nodeCrypto=__nccwpck_require__(598);return view=>(nodeCrypto.randomFillSync(view),0)}return view=>(crypto.getRandomValues(view),0)};var randomFill=view=>(randomFill=initRandomFill())(view);var PATH_FS={resolve:(...args)=>{var resolvedPath="",resolvedAbsolute=false;for(var i=args.length-1;i>=-1&&!resolvedAbsolute;i--){var path=i>=0?args[i]:FS.cwd();if(typeof path!="string"){throw new TypeError("Arguments to path.resolve must be strings")}else if(!path){return""}resolvedPath=path+"/"+resolvedPath;resolvedAbsolute=PATH.isAbs(path)}resolvedPath=PATH.normalizeArray(resolvedPath.split("/").filter(p=>!!p),!resolvedAbsolute).join("/");return(resolvedAbsolute?"/":"")+resolvedPath||"."},relative:(from,to)=>{from=PATH_FS.resolve(from).slice(1);to=PATH_FS.resolve(to).slice(1);function trim(arr){var start=0;for(;start<arr.length;start++){if(arr[start]!=="")break}var end=arr.length-1;for(;end>=0;end--){if(arr[end]!=="")break}if(start>end)return[];return arr.slice(start,end-start+1)}var fromParts=trim(from.split("/"));var toParts=trim(to.split("/"));var length=Math.min(fromParts.length,toParts.length);var samePartsLength=length;for(var i=0;i<length;i++){if(fromParts[i]!==toParts[i]){samePartsLength=i;break}}var outputParts=[];for(var i=samePartsLength;i<fromParts.length;i++){outputParts.push("..")}outputParts=outputParts.concat(toParts.slice(samePartsLength));return outputParts.join("/")}};var FS_stdin_getChar_buffer=[];var lengthBytesUTF8=str=>{var len=0;for(var i=0;i<str.length;++i){var c=str.charCodeAt(i);if(c<=127){len++}else if(c<=2047){len+=2}else if(c>=55296&&c<=57343){len+=4;++i}else{len+=3}}return len};var stringToUTF8Array=(str,heap,outIdx,maxBytesToWrite)=>{if(!(maxBytesToWrite>0))return 0;var startIdx=outIdx;var endIdx=outIdx+maxBytesToWrite-1;for(var i=0;i<str.length;++i){var u=str.codePointAt(i);if(u<=127){if(outIdx>=endIdx)break;heap[outIdx++]=u}else if(u<=2047){if(outIdx+1>=endIdx)break;heap[outIdx++]=192|u>>6;heap[outIdx++]=128|u&63}else if(u<=65535){if(outIdx+2>=endIdx)break;heap[outIdx++]=224|u>>12;heap[outIdx++]=128|u>>6&63;heap[outIdx++]=128|u&63}else{if(outIdx+3>=endIdx)break;heap[outIdx++]=240|u>>18;heap[outIdx++]=128|u>>12&63;heap[outIdx++]=128|u>>6&63;heap[outIdx++]=128|u&63;i++}}heap[outIdx]=0;return outIdx-startIdx};var intArrayFromString=(stringy,dontAddNull,length)=>{var len=length>0?length:lengthBytesUTF8(stringy)+1;var u8array=new Array(len);var numBytesWritten=stringToUTF8Array(stringy,u8array,0,u8array.length);if(dontAddNull)u8array.length=numBytesWritten;return u8array};var FS_stdin_getChar=()=>{if(!FS_stdin_getChar_buffer.length){var result=null;if(ENVIRONMENT_IS_NODE){var BUFSIZE=256;var buf=Buffer.alloc(BUFSIZE);var bytesRead=0;var fd=process.stdin.fd;try{bytesRead=fs.readSync(fd,buf,0,BUFSIZE)}catch(e){if(e.toString().includes("EOF"))bytesRead=0;else throw e}if(bytesRead>0){result=buf.slice(0,bytesRead).toString("utf-8")}}else if(globalThis.window?.prompt){result=window.prompt("Input: ");if(result!==null){result+="\n"}}else{}if(!result){return null}FS_stdin_getChar_buffer=intArrayFromString(result,true)}return FS_stdin_getChar_buffer.shift()};var TTY={ttys:[],init(){},shutdown(){},register(dev,ops){TTY.ttys[dev]={input:[],output:[],ops};FS.registerDevice(dev,TTY.stream_ops)},stream_ops:{open(stream){var tty=TTY.ttys[stream.node.rdev];if(!tty){throw new FS.ErrnoError(43)}stream.tty=tty;stream.seekable=false},close(stream){stream.tty.ops.fsync(stream.tty)},fsync(stream){stream.tty.ops.fsync(stream.tty)},read(stream,buffer,offset,length,pos){if(!stream.tty||!stream.tty.ops.get_char){throw new FS.ErrnoError(60)}var bytesRead=0;for(var i=0;i<length;i++){var result;try{result=stream.tty.ops.get_char(stream.tty)}catch(e){throw new FS.ErrnoError(29)}if(result===undefined&&bytesRead===0){throw new FS.ErrnoError(6)}if(result===null||result===undefined)break;bytesRead++;buffer[offset+i]=result}if(bytesRead){stream.node.atime=Date.now()}return bytesRead},write(stream,buffer,offset,length,pos){if(!stream.tty||!stream.tty.ops.put_char){throw new FS.ErrnoError(60)}try{for(var i=0;i<length;i++){stream.tty.ops.put_char(stream.tty,buffer[offset+i])}}catch(e){throw new FS.ErrnoError(29)}if(length){stream.node.mtime=stream.node.ctime=Date.now()}return i}},default_tty_ops:{get_char(tty){return FS_stdin_getChar()},put_char(tty,val){if(val===null||val===10){out(UTF8ArrayToString(tty.output));tty.output=[]}else{if(val!=0)tty.output.push(val)}},fsync(tty){if(tty.output?.length>0){out(UTF8ArrayToString(tty.output));tty.output=[]}},ioctl_tcgets(tty){return{c_iflag:25856,c_oflag:5,c_cflag:191,c_lflag:35387,c_cc:[3,28,127,21,4,0,1,0,17,19,26,0,18,15,23,22,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}},ioctl_tcsets(tty,optional_actions,data){return 0},ioctl_tiocgwinsz(tty){return[24,80]}},default_tty1_ops:{put_char(tty,val){if(val===null||val===10){err(UTF8ArrayToString(tty.output));tty.output=[]}else{if(val!=0)tty.output.push(val)}},fsync(tty){if(tty.output?.length>0){err(UTF8ArrayToString(tty.output));tty.output=[]}}}};var mmapAlloc=size=>{abort()};var MEMFS={ops_table:null,mount(mount){return MEMFS.createNode(null,"/",16895,0)},createNode(parent,name,mode,dev){if(FS.isBlkdev(mode)||FS.isFIFO(mode)){throw new FS.ErrnoError(63)}MEMFS.ops_table||={dir:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr,lookup:MEMFS.node_ops.lookup,mknod:MEMFS.node_ops.mknod,rename:MEMFS.node_ops.rename,unlink:MEMFS.node_ops.unlink,rmdir:MEMFS.node_ops.rmdir,readdir:MEMFS.node_ops.readdir,symlink:MEMFS.node_ops.symlink},stream:{llseek:MEMFS.stream_ops.llseek}},file:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr},stream:{llseek:MEMFS.stream_ops.llseek,read:MEMFS.stream_ops.read,write:MEMFS.stream_ops.write,mmap:MEMFS.stream_ops.mmap,msync:MEMFS.stream_ops.msync}},link:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr,readlink:MEMFS.node_ops.readlink},stream:{}},chrdev:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr},stream:FS.chrdev_stream_ops}};var node=FS.createNode(parent,name,mode,dev);if(FS.isDir(node.mode)){node.node_ops=MEMFS.ops_table.dir.node;node.stream_ops=MEMFS.ops_table.dir.stream;node.contents={}}else if(FS.isFile(node.mode)){node.node_ops=MEMFS.ops_table.file.node;node.stream_ops=MEMFS.ops_table.file.stream;node.usedBytes=0;node.contents=MEMFS.emptyFileContents??=new Uint8Array(0)}else if(FS.isLink(node.mode)){node.node_ops=MEMFS.ops_table.link.node;node.stream_ops=MEMFS.ops_table.link.stream}else if(FS.isChrdev(node.mode)){node.node_ops=MEMFS.ops_table.chrdev.node;node.stream_ops=MEMFS.ops_table.chrdev.stream}node.atime=node.mtime=node.ctime=Date.now();if(parent){parent.contents[name]=node;parent.atime=parent.mtime=parent.ctime=node.atime}return node},getFileDataAsTypedArray(node){return node.contents.subarray(0,node.usedBytes)},expandFileStorage(node,newCapacity){var prevCapacity=node.contents.length;if(prevCapacity>=newCapacity)return;var CAPACITY_DOUBLING_MAX=1024*1024;newCapacity=Math.max(newCapacity,prevCapacity*(prevCapacity<CAPACITY_DOUBLING_MAX?2:1.125)>>>0);if(prevCapacity)newCapacity=Math.max(newCapacity,256);var oldContents=MEMFS.getFileDataAsTypedArray(node);node.contents=new Uint8Array(newCapacity);node.contents.set(oldContents)},resizeFileStorage(node,newSize){if(node.usedBytes==newSize)return;var oldContents=node.contents;node.contents=new Uint8Array(newSize);node.contents.set(oldContents.subarray(0,Math.min(newSize,node.usedBytes)));node.usedBytes=newSize},node_ops:{getattr(node){var attr={};attr.dev=FS.isChrdev(node.mode)?node.id:1;attr.ino=node.id;attr.mode=node.mode;attr.nlink=1;attr.uid=0;attr.gid=0;attr.rdev=node.rdev;if(FS.isDir(node.mode)){attr.size=4096}else if(FS.isFile(node.mode)){attr.size=node.usedBytes}else if(FS.isLink(node.mode)){attr.size=node.link.length}else{attr.size=0}attr.atime=new Date(node.atime);attr.mtime=new Date(node.mtime);attr.ctime=new Date(node.ctime);attr.blksize=4096;attr.blocks=Math.ceil(attr.size/attr.blksize);return attr},setattr(node,attr){for(const key of["mode","atime","mtime","ctime"]){if(attr[key]!=null){node[key]=attr[key]}}if(attr.size!==undefined){MEMFS.resizeFileStorage(node,attr.size)}},lookup(parent,name){if(!MEMFS.doesNotExistError){MEMFS.doesNotExistError=new FS.ErrnoError(44);MEMFS.doesNotExistError.stack="<generic error, no stack>"}throw MEMFS.doesNotExistError},mknod(parent,name,mode,dev){return MEMFS.createNode(parent,name,mode,dev)},rename(old_node,new_dir,new_name){var new_node;try{new_node=FS.lookupNode(new_dir,new_name)}catch(e){}if(new_node){if(FS.isDir(old_node.mode)){for(var i in new_node.contents){throw new FS.ErrnoError(55)}}FS.hashRemoveNode(new_node)}delete old_node.parent.contents[old_node.name];new_dir.contents[new_name]=old_node;old_node.name=new_name;new_dir.ctime=new_dir.mtime=old_node.parent.ctime=old_node.parent.mtime=Date.now()},unlink(parent,name){delete parent.contents[name];parent.ctime=parent.mtime=Date.now()},rmdir(parent,name){var node=FS.lookupNode(parent,name);for(var i in node.contents){throw new FS.ErrnoError(55)}delete parent.contents[name];parent.ctime=parent.mtime=Date.now()},readdir(node){return[".","..",...Object.keys(node.contents)]},symlink(parent,newname,oldpath){var node=MEMFS.createNode(parent,newname,511|40960,0);node.link=oldpath;return node},readlink(node){if(!FS.isLink(node.mode)){throw new FS.ErrnoError(28)}return node.link}},stream_ops:{read(stream,buffer,offset,length,position){var contents=stream.node.contents;if(position>=stream.node.usedBytes)return 0;var size=Math.min(stream.node.usedBytes-position,length);buffer.set(contents.subarray(position,position+size),offset);return size},write(stream,buffer,offset,length,position,canOwn){if(buffer.buffer===HEAP8.buffer){canOwn=false}if(!length)return 0;var node=stream.node;node.mtime=node.ctime=Date.now();if(canOwn){node.contents=buffer.subarray(offset,offset+length);node.usedBytes=length}else if(node.usedBytes===0&&position===0){node.contents=buffer.slice(offset,offset+length);node.usedBytes=length}else{MEMFS.expandFileStorage(node,position+length);node.contents.set(buffer.subarray(offset,offset+length),position);node.usedBytes=Math.max(node.usedBytes,position+length)}return length},llseek(stream,offset,whence){var position=offset;if(whence===1){position+=stream.position}else if(whence===2){if(FS.isFile(stream.node.mode)){position+=stream.node.usedBytes}}if(position<0){throw new FS.ErrnoError(28)}return position},mmap(stream,length,position,prot,flags){if(!FS.isFile(stream.node.mode)){throw new FS.ErrnoError(43)}var ptr;var allocated;var contents=stream.node.contents;if(!(flags&2)&&contents.buffer===HEAP8.buffer){allocated=false;ptr=contents.byteOffset}else{allocated=true;ptr=mmapAlloc(length);if(!ptr){throw new FS.ErrnoError(48)}if(contents){if(position>0||position+length<contents.length){if(contents.subarray){contents=contents.subarray(position,position+length)}else{contents=Array.prototype.slice.call(contents,position,position+length)}}HEAP8.set(contents,ptr)}}return{ptr,allocated}},msync(stream,buffer,offset,length,mmapFlags){MEMFS.stream_ops.write(stream,buffer,0,length,offset,false);return 0}}};var FS_modeStringToFlags=str=>{if(typeof str!="string")return str;var flagModes={r:0,"r+":2,w:512|64|1,"w+":512|64|2,a:1024|64|1,"a+":1024|64|2};var flags=flagModes[str];if(typeof flags=="undefined"){throw new Error(`Unknown file open mode: ${str}`)}return flags};var FS_fileDataToTypedArray=data=>{if(typeof data=="string"){data=intArrayFromString(data,true)}if(!data.subarray){data=new Uint8Array(data)}return data};var FS_getMode=(canRead,canWrite)=>{var mode=0;if(canRead)mode|=292|73;if(canWrite)mode|=146;return mode};var asyncLoad=async url=>{var arrayBuffer=await readAsync(url);return new Uint8Array(arrayBuffer)};var FS_createDataFile=(...args)=>FS.createDataFile(...args);var getUniqueRunDependency=id=>id;var dependenciesPromise=null;var resolveRunDependencies=async()=>dependenciesPromise;var runDependencies=0;var dependenciesPromiseResolve=null;var removeRunDependency=id=>{runDependencies--;Module["monitorRunDependencies"]?.(runDependencies);if(!runDependencies){dependenciesPromiseResolve()}};var addRunDependency=id=>{if(!runDependencies){dependenciesPromise=new Promise(resolve=>dependenciesPromiseResolve=resolve)}runDependencies++;Module["monitorRunDependencies"]?.(runDependencies)};var preloadPlugins=[];var FS_handledByPreloadPlugin=async(byteArray,fullname)=>{if(typeof Browser!="undefined")Browser.init();for(var plugin of preloadPlugins){if(plugin["canHandle"](fullname)){return plugin["handle"](byteArray,fullname)}}return byteArray};var FS_preloadFile=async(parent,name,url,canRead,canWrite,dontCreateFile,canOwn,preFinish)=>{var fullname=name?PATH_FS.resolve(PATH.join2(parent,name)):parent;var dep=getUniqueRunDependency(`cp ${fullname}`);addRunDependency(dep);try{var byteArray=url;if(typeof url=="string"){byteArray=await asyncLoad(url)}byteArray=await FS_handledByPreloadPlugin(byteArray,fullname);preFinish?.();if(!dontCreateFile){FS_createDataFile(parent,name,byteArray,canRead,canWrite,canOwn)}}finally{removeRunDependency(dep)}};var FS_createPreloadedFile=(parent,name,url,canRead,canWrite,onload,onerror,dontCreateFile,canOwn,preFinish)=>{FS_preloadFile(parent,name,url,canRead,canWrite,dontCreateFile,canOwn,preFinish).then(onload).catch(onerror)};var FS={root:null,mounts:[],devices:{},streams:[],nextInode:1,nameTable:null,currentPath:"/",initialized:false,ignorePermissions:true,filesystems:null,syncFSRequests:0,ErrnoError:class{name="ErrnoError";constructor(errno){this.errno=errno}},FSStream:class{shared={};get object(){return this.node}set object(val){this.node=val}get isRead(){return(this.flags&2097155)!==1}get isWrite(){return(this.flags&2097155)!==0}get isAppend(){return this.flags&1024}get flags(){return this.shared.flags}set flags(val){this.shared.flags=val}get position(){return this.shared.position}set position(val){this.shared.position=val}},FSNode:class{node_ops={};stream_ops={};readMode=292|73;writeMode=146;mounted=null;constructor(parent,name,mode,rdev){if(!parent){parent=this}this.parent=parent;this.mount=parent.mount;this.id=FS.nextInode++;this.name=name;this.mode=mode;this.rdev=rdev;this.atime=this.mtime=this.ctime=Date.now()}get read(){return(this.mode&this.readMode)===this.readMode}set read(val){val?this.mode|=this.readMode:this.mode&=~this.readMode}get write(){return(this.mode&this.writeMode)===this.writeMode}set write(val){val?this.mode|=this.writeMode:this.mode&=~this.writeMode}get isFolder(){return FS.isDir(this.mode)}get isDevice(){return FS.isChrdev(this.mode)}addListener(cb,exclusive=false){var entry={cb,exclusive};var listeners=this.listeners??=new Set;listeners.add(entry);return{listeners,entry}}notifyListeners(flags){if(!this.listeners)return;var excl;for(var entry of this.listeners){if(entry.exclusive)(excl||=[]).push(entry);else entry.cb(flags)}if(excl){var i=(this.exclTurn||0)%excl.length;this.exclTurn=i+1;excl[i].cb(flags)}}},lookupPath(path,opts={}){if(!path){throw new FS.ErrnoError(44)}opts.follow_mount??=true;if(!PATH.isAbs(path)){path=FS.cwd()+"/"+path}linkloop:for(var nlinks=0;nlinks<40;nlinks++){var parts=path.split("/").filter(p=>!!p);var current=FS.root;var current_path="/";for(var i=0;i<parts.length;i++){var islast=i===parts.length-1;if(islast&&opts.parent){break}if(parts[i]==="."){continue}if(parts[i]===".."){current_path=PATH.dirname(current_path);if(FS.isRoot(current)){path=current_path+"/"+parts.slice(i+1).join("/");nlinks--;continue linkloop}else{current=current.parent}continue}current_path=PATH.join2(current_path,parts[i]);try{current=FS.lookupNode(current,parts[i])}catch(e){if(e?.errno===44&&islast&&opts.noent_okay){return{path:current_path}}throw e}if(FS.isMountpoint(current)&&(!islast||opts.follow_mount)){current=current.mounted.root}if(FS.isLink(current.mode)&&(!islast||opts.follow)){if(!current.node_ops.readlink){throw new FS.ErrnoError(52)}var link=current.node_ops.readlink(current);if(!PATH.isAbs(link)){link=PATH.dirname(current_path)+"/"+link}path=link+"/"+parts.slice(i+1).join("/");continue linkloop}}return{path:current_path,node:current}}throw new FS.ErrnoError(32)},getPath(node){var path;while(true){if(FS.isRoot(node)){var mount=node.mount.mountpoint;if(!path)return mount;return mount[mount.length-1]!=="/"?`${mount}/${path}`:mount+path}path=path?`${node.name}/${path}`:node.name;node=node.parent}},hashName(parentid,name){var hash=0;for(var i=0;i<name.length;i++){hash=(hash<<5)-hash+name.charCodeAt(i)|0}return(parentid+hash>>>0)%FS.nameTable.length},hashAddNode(node){var hash=FS.hashName(node.parent.id,node.name);node.name_next=FS.nameTable[hash];FS.nameTable[hash]=node},hashRemoveNode(node){var hash=FS.hashName(node.parent.id,node.name);if(FS.nameTable[hash]===node){FS.nameTable[hash]=node.name_next}else{var current=FS.nameTable[hash];while(current){if(current.name_next===node){current.name_next=node.name_next;break}current=current.name_next}}},lookupNode(parent,name){var errCode=FS.mayLookup(parent);if(errCode){throw new FS.ErrnoError(errCode)}var hash=FS.hashName(parent.id,name);for(var node=FS.nameTable[hash];node;node=node.name_next){var nodeName=node.name;if(node.parent.id===parent.id&&nodeName===name){return node}}return FS.lookup(parent,name)},createNode(parent,name,mode,rdev){var node=new FS.FSNode(parent,name,mode,rdev);FS.hashAddNode(node);return node},destroyNode(node){FS.hashRemoveNode(node)},isRoot(node){return node===node.parent},isMountpoint(node){return!!node.mounted},isFile(mode){return(mode&61440)===32768},isDir(mode){return(mode&61440)===16384},isLink(mode){return(mode&61440)===40960},isChrdev(mode){return(mode&61440)===8192},isBlkdev(mode){return(mode&61440)===24576},isFIFO(mode){return(mode&61440)===4096},isSocket(mode){return(mode&49152)===49152},flagsToPermissionString(flag){var perms=["r","w","rw"][flag&3];if(flag&512){perms+="w"}return perms},nodePermissions(node,perms){if(FS.ignorePermissions){return 0}if(perms.includes("r")&&!(node.mode&292)){return 2}if(perms.includes("w")&&!(node.mode&146)){return 2}if(perms.includes("x")&&!(node.mode&73)){return 2}return 0},mayLookup(dir){if(!FS.isDir(dir.mode))return 54;var errCode=FS.nodePermissions(dir,"x");if(errCode)return errCode;if(!dir.node_ops.lookup)return 2;return 0},mayCreate(dir,name){if(!FS.isDir(dir.mode)){return 54}try{var node=FS.lookupNode(dir,name);return 20}catch(e){}return FS.nodePermissions(dir,"wx")},mayDelete(dir,name,isdir){var node;try{node=FS.lookupNode(dir,name)}catch(e){return e.errno}var errCode=FS.nodePermissions(dir,"wx");if(errCode){return errCode}if(isdir){if(!FS.isDir(node.mode)){return 54}if(FS.isRoot(node)||FS.getPath(node)===FS.cwd()){return 10}}else if(FS.isDir(node.mode)){return 31}return 0},mayOpen(node,flags){if(!node){return 44}if(FS.isLink(node.mode)){return 32}var mode=FS.flagsToPermissionString(flags);if(FS.isDir(node.mode)){if(mode!=="r"||flags&(512|64)){return 31}}return FS.nodePermissions(node,mode)},checkOpExists(op,err){if(!op){throw new FS.ErrnoError(err)}return op},MAX_OPEN_FDS:4096,nextfd(){for(var fd=0;fd<=FS.MAX_OPEN_FDS;fd++){if(!FS.streams[fd]){return fd}}throw new FS.ErrnoError(33)},getStreamChecked(fd){var stream=FS.getStream(fd);if(!stream){throw new FS.ErrnoError(8)}return stream},getStream:fd=>FS.streams[fd],createStream(stream,fd=-1){stream=Object.assign(new FS.FSStream,stream);if(fd==-1){fd=FS.nextfd()}stream.fd=fd;FS.streams[fd]=stream;return stream},closeStream(fd){FS.streams[fd]=null},dupStream(origStream,fd=-1){var stream=FS.createStream(origStream,fd);stream.stream_ops?.dup?.(stream);return stream},doSetAttr(stream,node,attr){var setattr=stream?.stream_ops.setattr;var arg=setattr?stream:node;setattr??=node.node_ops.setattr;FS.checkOpExists(setattr,63);try{setattr(arg,attr)}catch(e){if(e instanceof RangeError){throw new FS.ErrnoError(22)}throw e}},chrdev_stream_ops:{open(stream){var device=FS.getDevice(stream.node.rdev);stream.stream_ops=device.stream_ops;stream.stream_ops.open?.(stream)},llseek(){throw new FS.ErrnoError(70)}},major:dev=>dev>>8,minor:dev=>dev&255,makedev:(ma,mi)=>ma<<8|mi,registerDevice(dev,ops){FS.devices[dev]={stream_ops:ops}},getDevice:dev=>FS.devices[dev],getMounts(mount){var mounts=[];var check=[mount];while(check.length){var m=check.pop();mounts.push(m);check.push(...m.mounts)}return mounts},syncfs(populate,callback){if(typeof populate=="function"){callback=populate;populate=false}FS.syncFSRequests++;if(FS.syncFSRequests>1){err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`)}var mounts=FS.getMounts(FS.root.mount);var completed=0;function doCallback(errCode){FS.syncFSRequests--;return callback(errCode)}function done(errCode){if(errCode){if(!done.errored){done.errored=true;return doCallback(errCode)}return}if(++completed>=mounts.length){doCallback(null)}}for(var mount of mounts){if(mount.type.syncfs){mount.type.syncfs(mount,populate,done)}else{done(null)}}},mount(type,opts,mountpoint){var root=mountpoint==="/";var pseudo=!mountpoint;var node;if(root&&FS.root){throw new FS.ErrnoError(10)}else if(!root&&!pseudo){var lookup=FS.lookupPath(mountpoint,{follow_mount:false});mountpoint=lookup.path;node=lookup.node;if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}if(!FS.isDir(node.mode)){throw new FS.ErrnoError(54)}}var mount={type,opts,mountpoint,mounts:[]};var mountRoot=type.mount(mount);mountRoot.mount=mount;mount.root=mountRoot;if(root){FS.root=mountRoot}else if(node){node.mounted=mount;if(node.mount){node.mount.mounts.push(mount)}}return mountRoot},unmount(mountpoint){var lookup=FS.lookupPath(mountpoint,{follow_mount:false});if(!FS.isMountpoint(lookup.node)){throw new FS.ErrnoError(28)}var node=lookup.node;var mount=node.mounted;var mounts=FS.getMounts(mount);for(var[hash,current]of Object.entries(FS.nameTable)){while(current){var next=current.name_next;if(mounts.includes(current.mount)){FS.destroyNode(current)}current=next}}node.mounted=null;var idx=node.mount.mounts.indexOf(mount);node.mount.mounts.splice(idx,1)},lookup(parent,name){return parent.node_ops.lookup(parent,name)},mknod(path,mode,dev){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;var name=PATH.basename(path);if(!name){throw new FS.ErrnoError(28)}if(name==="."||name===".."){throw new FS.ErrnoError(20)}var errCode=FS.mayCreate(parent,name);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.mknod){throw new FS.ErrnoError(63)}return parent.node_ops.mknod(parent,name,mode,dev)},statfs(path){return FS.statfsNode(FS.lookupPath(path,{follow:true}).node)},statfsStream(stream){return FS.statfsNode(stream.node)},statfsNode(node){var rtn={bsize:4096,frsize:4096,blocks:1e6,bfree:5e5,bavail:5e5,files:FS.nextInode,ffree:FS.nextInode-1,fsid:42,flags:2,namelen:255};if(node.node_ops.statfs){Object.assign(rtn,node.node_ops.statfs(node.mount.opts.root))}return rtn},create(path,mode=438){mode&=4095;mode|=32768;return FS.mknod(path,mode,0)},mkdir(path,mode=511){mode&=511|512;mode|=16384;return FS.mknod(path,mode,0)},mkdirTree(path,mode){var dirs=path.split("/");var d="";for(var dir of dirs){if(!dir)continue;if(d||PATH.isAbs(path))d+="/";d+=dir;try{FS.mkdir(d,mode)}catch(e){if(e.errno!=20)throw e}}},mkdev(path,mode,dev){if(typeof dev=="undefined"){dev=mode;mode=438}mode|=8192;return FS.mknod(path,mode,dev)},symlink(oldpath,newpath){if(!PATH_FS.resolve(oldpath)){throw new FS.ErrnoError(44)}var lookup=FS.lookupPath(newpath,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var newname=PATH.basename(newpath);var errCode=FS.mayCreate(parent,newname);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.symlink){throw new FS.ErrnoError(63)}return parent.node_ops.symlink(parent,newname,oldpath)},link(oldpath,newpath,flags){var lookup=FS.lookupPath(newpath,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var newname=PATH.basename(newpath);var errCode=FS.mayCreate(parent,newname);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.link){throw new FS.ErrnoError(34)}return parent.node_ops.link(parent,newname,oldpath,flags)},rename(old_path,new_path){var old_dirname=PATH.dirname(old_path);var new_dirname=PATH.dirname(new_path);var old_name=PATH.basename(old_path);var new_name=PATH.basename(new_path);var lookup,old_dir,new_dir;lookup=FS.lookupPath(old_path,{parent:true});old_dir=lookup.node;lookup=FS.lookupPath(new_path,{parent:true});new_dir=lookup.node;if(!old_dir||!new_dir)throw new FS.ErrnoError(44);if(old_dir.mount!==new_dir.mount){throw new FS.ErrnoError(75)}var old_node=FS.lookupNode(old_dir,old_name);var relative=PATH_FS.relative(old_path,new_dirname);if(relative.charAt(0)!=="."){throw new FS.ErrnoError(28)}relative=PATH_FS.relative(new_path,old_dirname);if(relative.charAt(0)!=="."){throw new FS.ErrnoError(55)}var new_node;try{new_node=FS.lookupNode(new_dir,new_name)}catch(e){}if(old_node===new_node){return}var isdir=FS.isDir(old_node.mode);var errCode=FS.mayDelete(old_dir,old_name,isdir);if(errCode){throw new FS.ErrnoError(errCode)}errCode=new_node?FS.mayDelete(new_dir,new_name,isdir):FS.mayCreate(new_dir,new_name);if(errCode){throw new FS.ErrnoError(errCode)}if(!old_dir.node_ops.rename){throw new FS.ErrnoError(63)}if(FS.isMountpoint(old_node)||new_node&&FS.isMountpoint(new_node)){throw new FS.ErrnoError(10)}if(new_dir!==old_dir){errCode=FS.nodePermissions(old_dir,"w");if(errCode){throw new FS.ErrnoError(errCode)}}FS.hashRemoveNode(old_node);try{old_dir.node_ops.rename(old_node,new_dir,new_name);old_node.parent=new_dir}catch(e){throw e}finally{FS.hashAddNode(old_node)}},rmdir(path){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;var name=PATH.basename(path);var node=FS.lookupNode(parent,name);var errCode=FS.mayDelete(parent,name,true);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.rmdir){throw new FS.ErrnoError(63)}if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}parent.node_ops.rmdir(parent,name);FS.destroyNode(node)},readdir(path){var lookup=FS.lookupPath(path,{follow:true});var node=lookup.node;var readdir=FS.checkOpExists(node.node_ops.readdir,54);return readdir(node)},unlink(path){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var name=PATH.basename(path);var node=FS.lookupNode(parent,name);var errCode=FS.mayDelete(parent,name,false);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.unlink){throw new FS.ErrnoError(63)}if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}parent.node_ops.unlink(parent,name);FS.destroyNode(node)},readlink(path){var lookup=FS.lookupPath(path);var link=lookup.node;if(!link){throw new FS.ErrnoError(44)}if(!link.node_ops.readlink){throw new FS.ErrnoError(28)}return link.node_ops.readlink(link)},stat(path,dontFollow){var lookup=FS.lookupPath(path,{follow:!dontFollow});var node=lookup.node;var getattr=FS.checkOpExists(node.node_ops.getattr,63);return getattr(node)},fstat(fd){var stream=FS.getStreamChecked(fd);var node=stream.node;var getattr=stream.stream_ops.getattr;var arg=getattr?stream:node;getattr??=node.node_ops.getattr;FS.checkOpExists(getattr,63);return getattr(arg)},lstat(path){return FS.stat(path,true)},doChmod(stream,node,mode,dontFollow){FS.doSetAttr(stream,node,{mode:mode&4095|node.mode&~4095,ctime:Date.now(),dontFollow})},chmod(path,mode,dontFollow){var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:!dontFollow});node=lookup.node}else{node=path}FS.doChmod(null,node,mode,dontFollow)},lchmod(path,mode){FS.chmod(path,mode,true)},fchmod(fd,mode){var stream=FS.getStreamChecked(fd);FS.doChmod(stream,stream.node,mode,false)},doChown(stream,node,dontFollow){FS.doSetAttr(stream,node,{timestamp:Date.now(),dontFollow})},chown(path,uid,gid,dontFollow){var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:!dontFollow});node=lookup.node}else{node=path}FS.doChown(null,node,dontFollow)},lchown(path,uid,gid){FS.chown(path,uid,gid,true)},fchown(fd,uid,gid){var stream=FS.getStreamChecked(fd);FS.doChown(stream,stream.node,false)},doTruncate(stream,node,len){if(FS.isDir(node.mode)){throw new FS.ErrnoError(31)}if(!FS.isFile(node.mode)){throw new FS.ErrnoError(28)}var errCode=FS.nodePermissions(node,"w");if(errCode){throw new FS.ErrnoError(errCode)}FS.doSetAttr(stream,node,{size:len,timestamp:Date.now()})},truncate(path,len){if(len<0){throw new FS.ErrnoError(28)}var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:true});node=lookup.node}else{node=path}FS.doTruncate(null,node,len)},ftruncate(fd,len){var stream=FS.getStreamChecked(fd);if(len<0||(stream.flags&2097155)===0){throw new FS.ErrnoError(28)}FS.doTruncate(stream,stream.node,len)},utime(path,atime,mtime,dontFollow){var lookup=FS.lookupPath(path,{follow:!dontFollow});FS.doSetAttr(null,lookup.node,{atime,mtime,dontFollow})},open(path,flags,mode=438){if(path===""){throw new FS.ErrnoError(44)}flags=FS_modeStringToFlags(flags);if(flags&64){mode=mode&4095|32768}else{mode=0}var node;var isDirPath;if(typeof path=="object"){node=path}else{isDirPath=path.endsWith("/");var lookup=FS.lookupPath(path,{follow:!(flags&131072),noent_okay:true});node=lookup.node;path=lookup.path}var created=false;if(flags&64){if(node){if(flags&128){throw new FS.ErrnoError(20)}}else if(isDirPath){throw new FS.ErrnoError(31)}else{node=FS.mknod(path,mode|511,0);created=true}}if(!node){throw new FS.ErrnoError(44)}if(FS.isChrdev(node.mode)){flags&=~512}if(flags&65536&&!FS.isDir(node.mode)){throw new FS.ErrnoError(54)}if(!created){var errCode=FS.mayOpen(node,flags);if(errCode){throw new FS.ErrnoError(errCode)}}if(flags&512&&!created){FS.truncate(node,0)}flags&=~(128|512|131072);var stream=FS.createStream({node,path:FS.getPath(node),flags,seekable:true,position:0,stream_ops:node.stream_ops,ungotten:[],error:false});if(stream.stream_ops.open){stream.stream_ops.open(stream)}if(created){FS.chmod(node,mode&511)}return stream},close(stream){if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if(stream.getdents)stream.getdents=null;stream.node?.notifyListeners(32);try{if(stream.stream_ops.close){stream.stream_ops.close(stream)}}catch(e){throw e}finally{FS.closeStream(stream.fd)}stream.fd=null},isClosed(stream){return stream.fd===null},llseek(stream,offset,whence){if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if(!stream.seekable||!stream.stream_ops.llseek){throw new FS.ErrnoError(70)}if(whence!=0&&whence!=1&&whence!=2){throw new FS.ErrnoError(28)}stream.position=stream.stream_ops.llseek(stream,offset,whence);stream.ungotten=[];return stream.position},read(stream,buffer,offset,length,position){if(length<0||position<0){throw new FS.ErrnoError(28)}if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if((stream.flags&2097155)===1){throw new FS.ErrnoError(8)}if(FS.isDir(stream.node.mode)){throw new FS.ErrnoError(31)}if(!stream.stream_ops.read){throw new FS.ErrnoError(28)}var seeking=typeof position!="undefined";if(!seeking){position=stream.position}else if(!stream.seekable){throw new FS.ErrnoError(70)}var bytesRead=stream.stream_ops.read(stream,buffer,offset,length,position);if(!seeking)stream.position+=bytesRead;return bytesRead},write(stream,buffer,offset,length,position,canOwn){if(length<0||position<0){throw new FS.ErrnoError(28)}if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if((stream.flags&2097155)===0){throw new FS.ErrnoError(8)}if(FS.isDir(stream.node.mode)){throw new FS.ErrnoError(31)}if(!stream.stream_ops.write){throw new FS.ErrnoError(28)}if(stream.seekable&&stream.flags&1024){FS.llseek(stream,0,2)}var seeking=typeof position!="undefined";if(!seeking){position=stream.position}else if(!stream.seekable){throw new FS.ErrnoError(70)}var bytesWritten=stream.stream_ops.write(stream,buffer,offset,length,position,canOwn);if(!seeking)stream.position+=bytesWritten;return bytesWritten},mmap(stream,length,position,prot,flags){if((prot&2)!==0&&(flags&2)===0&&(stream.flags&2097155)!==2){throw new FS.ErrnoError(2)}if((stream.flags&2097155)===1){throw new FS.ErrnoError(2)}if(!stream.stream_ops.mmap){throw new FS.ErrnoError(43)}if(!length){throw new FS.ErrnoError(28)}return stream.stream_ops.mmap(stream,length,position,prot,flags)},msync(stream,buffer,offset,length,mmapFlags){if(!stream.stream_ops.msync){return 0}return stream.stream_ops.msync(stream,buffer,offset,length,mmapFlags)},ioctl(stream,cmd,arg){if(!stream.stream_ops.ioctl){throw new FS.ErrnoError(59)}return stream.stream_ops.ioctl(stream,cmd,arg)},readFile(path,opts={}){opts.flags=opts.flags??0;opts.encoding=opts.encoding??"binary";if(opts.encoding!=="utf8"&&opts.encoding!=="binary"){abort(`Invalid encoding type "${opts.encoding}"`)}var stream=FS.open(path,opts.flags);var stat=FS.stat(path);var length=stat.size;var buf=new Uint8Array(length);FS.read(stream,buf,0,length,0);if(opts.encoding==="utf8"){buf=UTF8ArrayToString(buf)}FS.close(stream);return buf},writeFile(path,data,opts={}){opts.flags=opts.flags??577;var stream=FS.open(path,opts.flags,opts.mode);data=FS_fileDataToTypedArray(data);FS.write(stream,data,0,data.byteLength,undefined,opts.canOwn);FS.close(stream)},cwd:()=>FS.currentPath,chdir(path){var lookup=FS.lookupPath(path,{follow:true});if(lookup.node===null){throw new FS.ErrnoError(44)}if(!FS.isDir(lookup.node.mode)){throw new FS.ErrnoError(54)}var errCode=FS.nodePermissions(lookup.node,"x");if(errCode){throw new FS.ErrnoError(errCode)}FS.currentPath=lookup.path},createDefaultDirectories(){FS.mkdir("/tmp");FS.mkdir("/home");FS.mkdir("/home/web_user")},createDefaultDevices(){FS.mkdir("/dev");FS.registerDevice(FS.makedev(1,3),{read:()=>0,write:(stream,buffer,offset,length,pos)=>length,llseek:()=>0});FS.mkdev("/dev/null",FS.makedev(1,3));TTY.register(FS.makedev(5,0),TTY.default_tty_ops);TTY.register(FS.makedev(6,0),TTY.default_tty1_ops);FS.mkdev("/dev/tty",FS.makedev(5,0));FS.mkdev("/dev/tty1",FS.makedev(6,0));var randomBuffer=new Uint8Array(1024),randomLeft=0;var randomByte=()=>{if(randomLeft===0){randomFill(randomBuffer);randomLeft=randomBuffer.byteLength}return randomBuffer[--randomLeft]};FS.createDevice("/dev","random",randomByte);FS.createDevice("/dev","urandom",randomByte);FS.mkdir("/dev/shm");FS.mkdir("/dev/shm/tmp")},createSpecialDirectories(){FS.mkdir("/proc");var proc_self=FS.mkdir("/proc/self");FS.mkdir("/proc/self/fd");FS.mount({mount(){var node=FS.createNode(proc_self,"fd",16895,73);node.stream_ops={llseek:MEMFS.stream_ops.llseek};node.node_ops={lookup(parent,name){var fd=+name;var stream=FS.getStreamChecked(fd);var ret={parent:null,mount:{mountpoint:"fake"},node_ops:{readlink:()=>stream.path},id:fd+1};ret.parent=ret;return ret},readdir(){return Array.from(FS.streams.entries()).filter(([k,v])=>v).map(([k,v])=>k.toString())}};return node}},{},"/proc/self/fd")},createStandardStreams(input,output,error){if(input){FS.createDevice("/dev","stdin",input)}else{FS.symlink("/dev/tty","/dev/stdin")}if(output){FS.createDevice("/dev","stdout",null,output)}else{FS.symlink("/dev/tty","/dev/stdout")}if(error){FS.createDevice("/dev","stderr",null,error)}else{FS.symlink("/dev/tty1","/dev/stderr")}var stdin=FS.open("/dev/stdin",0);var stdout=FS.open("/dev/stdout",1);var stderr=FS.open("/dev/stderr",1)},staticInit(){FS.nameTable=new Array(4096);FS.mount(MEMFS,{},"/");FS.createDefaultDirectories();FS.createDefaultDevices();FS.createSpecialDirectories();FS.filesystems={MEMFS}},init(input,output,error){FS.initialized=true;input??=Module["stdin"];output??=Module["stdout"];error??=Module["stderr"];FS.createStandardStreams(input,output,error)},quit(){FS.initialized=false;for(var stream of FS.streams){if(stream){FS.close(stream)}}},findObject(path,dontResolveLastLink){var ret=FS.analyzePath(path,dontResolveLastLink);if(!ret.exists){return null}return ret.object},analyzePath(path,dontResolveLastLink){try{var lookup=FS.lookupPath(path,{follow:!dontResolveLastLink});path=lookup.path}catch(e){}var ret={isRoot:false,exists:false,error:0,name:null,path:null,object:null,parentExists:false,parentPath:null,parentObject:null};try{var lookup=FS.lookupPath(path,{parent:true});ret.parentExists=true;ret.parentPath=lookup.path;ret.parentObject=lookup.node;ret.name=PATH.basename(path);lookup=FS.lookupPath(path,{follow:!dontResolveLastLink});ret.exists=true;ret.path=lookup.path;ret.object=lookup.node;ret.name=lookup.node.name;ret.isRoot=lookup.path==="/"}catch(e){ret.error=e.errno}return ret},createPath(parent,path,canRead,canWrite){parent=typeof parent=="string"?parent:FS.getPath(parent);var parts=path.split("/").reverse();while(parts.length){var part=parts.pop();if(!part)continue;var current=PATH.join2(parent,part);try{FS.mkdir(current)}catch(e){if(e.errno!=20)throw e}parent=current}return current},createFile(parent,name,properties,canRead,canWrite){var path=PATH.join2(typeof parent=="string"?parent:FS.getPath(parent),name);var mode=FS_getMode(canRead,canWrite);return FS.create(path,mode)},createDataFile(parent,name,data,canRead,canWrite,canOwn){var path=name;if(parent){parent=typeof parent=="string"?parent:FS.getPath(parent);path=name?PATH.join2(parent,name):parent}var mode=FS_getMode(canRead,canWrite);var node=FS.create(path,mode);if(data){data=FS_fileDataToTypedArray(data);FS.chmod(node,mode|146);var stream=FS.open(node,577);FS.write(stream,data,0,data.length,0,canOwn);FS.close(stream);FS.chmod(node,mode)}},createDevice(parent,name,input,output){var path=PATH.join2(typeof parent=="string"?parent:FS.getPath(parent),name);var mode=FS_getMode(!!input,!!output);FS.createDevice.major??=64;var dev=FS.makedev(FS.createDevice.major++,0);FS.registerDevice(dev,{open(stream){stream.seekable=false},close(stream){if(output?.buffer?.length){output(10)}},read(stream,buffer,offset,length,pos){var bytesRead=0;for(var i=0;i<length;i++){var result;try{result=input()}catch(e){throw new FS.ErrnoError(29)}if(result===undefined&&bytesRead===0){throw new FS.ErrnoError(6)}if(result===null||result===undefined)break;bytesRead++;buffer[offset+i]=result}if(bytesRead){stream.node.atime=Date.now()}return bytesRead},write(stream,buffer,offset,length,pos){for(var i=0;i<length;i++){try{output(buffer[offset+i])}catch(e){throw new FS.ErrnoError(29)}}if(length){stream.node.mtime=stream.node.ctime=Date.now()}return i}});return FS.mkdev(path,mode,dev)},forceLoadFile(obj){if(obj.isDevice||obj.isFolder||obj.link||obj.contents)return true;if(globalThis.XMLHttpRequest){abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.")}else{try{obj.contents=readBinary(obj.url)}catch(e){throw new FS.ErrnoError(29)}}},createLazyFile(parent,name,url,canRead,canWrite){class LazyUint8Array{lengthKnown=false;chunks=[];get(idx){if(idx>this.length-1||idx<0){return undefined}var chunkOffset=idx%this.chunkSize;var chunkNum=idx/this.chunkSize|0;return this.getter(chunkNum)[chunkOffset]}setDataGetter(getter){this.getter=getter}cacheLength(){var xhr=new XMLHttpRequest;xhr.open("HEAD",url,false);xhr.send(null);if(!(xhr.status>=200&&xhr.status<300||xhr.status===304))abort("Couldn't load "+url+". Status: "+xhr.status);var datalength=Number(xhr.getResponseHeader("Content-length"));var header;var hasByteServing=(header=xhr.getResponseHeader("Accept-Ranges"))&&header==="bytes";var usesGzip=(header=xhr.getResponseHeader("Content-Encoding"))&&header==="gzip";var chunkSize=1024*1024;if(!hasByteServing)chunkSize=datalength;var doXHR=(from,to)=>{if(from>to)abort(`invalid range (${from}, ${to}) or no bytes requested!`);if(to>datalength-1)abort(`only ${datalength} bytes available! programmer error!`);var xhr=new XMLHttpRequest;xhr.open("GET",url,false);if(datalength!==chunkSize)xhr.setRequestHeader("Range","bytes="+from+"-"+to);xhr.responseType="arraybuffer";if(xhr.overrideMimeType){xhr.overrideMimeType("text/plain; charset=x-user-defined")}xhr.send(null);if(!(xhr.status>=200&&xhr.status<300||xhr.status===304))abort("Couldn't load "+url+". Status: "+xhr.status);if(xhr.response!==undefined){return new Uint8Array(xhr.response||[])}return intArrayFromString(xhr.responseText??"",true)};var lazyArray=this;lazyArray.setDataGetter(chunkNum=>{var start=chunkNum*chunkSize;var end=(chunkNum+1)*chunkSize-1;end=Math.min(end,datalength-1);if(typeof lazyArray.chunks[chunkNum]=="undefined"){lazyArray.chunks[chunkNum]=doXHR(start,end)}if(typeof lazyArray.chunks[chunkNum]=="undefined")abort("doXHR failed!");return lazyArray.chunks[chunkNum]});if(usesGzip||!datalength){chunkSize=datalength=1;datalength=this.getter(0).length;chunkSize=datalength;out("LazyFiles on gzip forces download of the whole file when length is accessed")}this._length=datalength;this._chunkSize=chunkSize;this.lengthKnown=true}get length(){if(!this.lengthKnown){this.cacheLength()}return this._length}get chunkSize(){if(!this.lengthKnown){this.cacheLength()}return this._chunkSize}}if(globalThis.XMLHttpRequest){if(!ENVIRONMENT_IS_WORKER)abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");var lazyArray=new LazyUint8Array;var properties={isDevice:false,contents:lazyArray}}else{var properties={isDevice:false,url}}var node=FS.createFile(parent,name,properties,canRead,canWrite);if(properties.contents){node.contents=properties.contents}else if(properties.url){node.contents=null;node.url=properties.url}Object.defineProperties(node,{usedBytes:{get:function(){return this.contents.length}}});var stream_ops={};for(const[key,fn]of Object.entries(node.stream_ops)){stream_ops[key]=(...args)=>{FS.forceLoadFile(node);return fn(...args)}}function writeChunks(stream,buffer,offset,length,position){var contents=stream.node.contents;if(position>=contents.length)return 0;var size=Math.min(contents.length-position,length);if(contents.slice){for(var i=0;i<size;i++){buffer[offset+i]=contents[position+i]}}else{for(var i=0;i<size;i++){buffer[offset+i]=contents.get(position+i)}}return size}stream_ops.read=(stream,buffer,offset,length,position)=>{FS.forceLoadFile(node);return writeChunks(stream,buffer,offset,length,position)};stream_ops.mmap=(stream,length,position,prot,flags)=>{FS.forceLoadFile(node);var ptr=mmapAlloc(length);if(!ptr){throw new FS.ErrnoError(48)}writeChunks(stream,HEAP8,ptr,length,position);return{ptr,allocated:true}};node.stream_ops=stream_ops;return node}};var SYSCALLS={currentUmask:18,calculateAt(dirfd,path,allowEmpty){if(PATH.isAbs(path)){return path}var dir;if(dirfd===-100){dir=FS.cwd()}else{var dirstream=SYSCALLS.getStreamFromFD(dirfd);dir=dirstream.path}if(path.length==0){if(!allowEmpty){throw new FS.ErrnoError(44)}return dir}return dir+"/"+path},writeStat(buf,stat){HEAPU32[buf>>2]=stat.dev;HEAPU32[buf+4>>2]=stat.mode;HEAPU32[buf+8>>2]=stat.nlink;HEAPU32[buf+12>>2]=stat.uid;HEAPU32[buf+16>>2]=stat.gid;HEAPU32[buf+20>>2]=stat.rdev;HEAP64[buf+24>>3]=BigInt(stat.size);HEAP32[buf+32>>2]=4096;HEAP32[buf+36>>2]=stat.blocks;var atime=stat.atime.getTime();var mtime=stat.mtime.getTime();var ctime=stat.ctime.getTime();HEAP64[buf+40>>3]=BigInt(Math.floor(atime/1e3));HEAPU32[buf+48>>2]=atime%1e3*1e3*1e3;HEAP64[buf+56>>3]=BigInt(Math.floor(mtime/1e3));HEAPU32[buf+64>>2]=mtime%1e3*1e3*1e3;HEAP64[buf+72>>3]=BigInt(Math.floor(ctime/1e3));HEAPU32[buf+80>>2]=ctime%1e3*1e3*1e3;HEAP64[buf+88>>3]=BigInt(stat.ino);return 0},writeStatFs(buf,stats){HEAPU32[buf+4>>2]=stats.bsize;HEAPU32[buf+60>>2]=stats.bsize;HEAP64[buf+8>>3]=BigInt(stats.blocks);HEAP64[buf+16>>3]=BigInt(stats.bfree);HEAP64[buf+24>>3]=BigInt(stats.bavail);HEAP64[buf+32>>3]=BigInt(stats.files);HEAP64[buf+40>>3]=BigInt(stats.ffree);HEAPU32[buf+48>>2]=stats.fsid;HEAPU32[buf+64>>2]=stats.flags;HEAPU32[buf+56>>2]=stats.namelen},doMsync(addr,stream,len,flags,offset){if(!FS.isFile(stream.node.mode)){throw new FS.ErrnoError(43)}if(flags&2){return 0}var buffer=HEAPU8.subarray(addr,addr+len);FS.msync(stream,buffer,offset,len,flags)},getStreamFromFD(fd){var stream=FS.getStreamChecked(fd);return stream},varargs:undefined,getStr(ptr){var ret=UTF8ToString(ptr);return ret}};function _fd_close(fd){try{var stream=SYSCALLS.getStreamFromFD(fd);FS.close(stream);return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var doReadv=(stream,iov,iovcnt,offset)=>{var ret=0;for(var i=0;i<iovcnt;i++){var ptr=HEAPU32[iov>>2];var len=HEAPU32[iov+4>>2];iov+=8;try{var curr=FS.read(stream,HEAP8,ptr,len,offset)}catch(e){if(ret>0&&e instanceof FS.ErrnoError&&(e.errno==6||e.errno==6)){break}throw e}if(curr<0)return-1;ret+=curr;if(curr<len)break;if(typeof offset!="undefined"){offset+=curr}}return ret};function _fd_read(fd,iov,iovcnt,pnum){try{var stream=SYSCALLS.getStreamFromFD(fd);var num=doReadv(stream,iov,iovcnt);HEAPU32[pnum>>2]=num;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var INT53_MAX=9007199254740992;var INT53_MIN=-9007199254740992;var bigintToI53Checked=num=>num<INT53_MIN||num>INT53_MAX?NaN:Number(num);function _fd_seek(fd,offset,whence,newOffset){offset=bigintToI53Checked(offset);try{if(isNaN(offset))return 22;var stream=SYSCALLS.getStreamFromFD(fd);FS.llseek(stream,offset,whence);HEAP64[newOffset>>3]=BigInt(stream.position);if(stream.getdents&&offset===0&&whence===0)stream.getdents=null;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var doWritev=(stream,iov,iovcnt,offset)=>{if(iovcnt==1){return FS.write(stream,HEAP8,HEAPU32[iov>>2],HEAPU32[iov+4>>2],offset)}var total=0;for(var i=0,p=iov;i<iovcnt;i++,p+=8){total+=HEAPU32[p+4>>2]}var view=new Uint8Array(total);var voff=0;for(var i=0;i<iovcnt;i++,iov+=8){var ptr=HEAPU32[iov>>2];var len=HEAPU32[iov+4>>2];view.set(HEAPU8.subarray(ptr,ptr+len),voff);voff+=len}return FS.write(stream,view,0,total,offset)};function _fd_write(fd,iov,iovcnt,pnum){try{var stream=SYSCALLS.getStreamFromFD(fd);var num=doWritev(stream,iov,iovcnt);HEAPU32[pnum>>2]=num;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var wasmTableMirror=[];var getWasmTableEntry=funcPtr=>{var func=wasmTableMirror[funcPtr];if(!func){wasmTableMirror[funcPtr]=func=wasmTable.get(funcPtr)}return func};var stringToUTF8=(str,outPtr,maxBytesToWrite)=>stringToUTF8Array(str,HEAPU8,outPtr,maxBytesToWrite);FS.createPreloadedFile=FS_createPreloadedFile;FS.preloadFile=FS_preloadFile;FS.staticInit();{if(Module["noExitRuntime"])noExitRuntime=Module["noExitRuntime"];if(Module["print"])out=Module["print"];if(Module["printErr"])err=Module["printErr"];if(Module["arguments"])programArgs=Module["arguments"];if(Module["thisProgram"])thisProgram=Module["thisProgram"];var preInit=Module["preInit"];if(preInit){if(typeof preInit=="function")Module["preInit"]=preInit=[preInit];while(preInit.length>0){preInit.shift()()}}}Module["getValue"]=getValue;Module["UTF8ToString"]=UTF8ToString;Module["stringToUTF8"]=stringToUTF8;Module["lengthBytesUTF8"]=lengthBytesUTF8;var _wasm_parse_query,_malloc,_free,_wasm_parse_query_raw,_wasm_free_parse_result,_wasm_parse_plpgsql,_wasm_fingerprint,_wasm_normalize_query,_wasm_parse_query_detailed,_wasm_free_detailed_result,_wasm_scan,_wasm_free_string,__emscripten_timeout,_setThrew,__emscripten_stack_restore,_emscripten_stack_get_current,memory,__indirect_function_table,wasmMemory,wasmTable;function assignWasmExports(wasmExports){_wasm_parse_query=Module["_wasm_parse_query"]=wasmExports["B"];_malloc=Module["_malloc"]=wasmExports["C"];_free=Module["_free"]=wasmExports["E"];_wasm_parse_query_raw=Module["_wasm_parse_query_raw"]=wasmExports["F"];_wasm_free_parse_result=Module["_wasm_free_parse_result"]=wasmExports["G"];_wasm_parse_plpgsql=Module["_wasm_parse_plpgsql"]=wasmExports["H"];_wasm_fingerprint=Module["_wasm_fingerprint"]=wasmExports["I"];_wasm_normalize_query=Module["_wasm_normalize_query"]=wasmExports["J"];_wasm_parse_query_detailed=Module["_wasm_parse_query_detailed"]=wasmExports["K"];_wasm_free_detailed_result=Module["_wasm_free_detailed_result"]=wasmExports["L"];_wasm_scan=Module["_wasm_scan"]=wasmExports["M"];_wasm_free_string=Module["_wasm_free_string"]=wasmExports["N"];__emscripten_timeout=wasmExports["O"];_setThrew=wasmExports["P"];__emscripten_stack_restore=wasmExports["Q"];_emscripten_stack_get_current=wasmExports["R"];memory=wasmMemory=wasmExports["z"];__indirect_function_table=wasmTable=wasmExports["D"]}var wasmImports={c:___assert_fail,x:__abort_js,w:__emscripten_runtime_keepalive_clear,p:__emscripten_throw_longjmp,o:__setitimer_js,q:_emscripten_resize_heap,m:_exit,u:_fd_close,r:_fd_read,s:_fd_seek,t:_fd_write,g:invoke_i,b:invoke_ii,a:invoke_iii,d:invoke_iiii,k:invoke_iiiii,l:invoke_ji,e:invoke_v,f:invoke_vi,h:invoke_vii,j:invoke_viii,i:invoke_viiii,y:invoke_viiiii,n:invoke_viiiiiiiiiiiii,v:_proc_exit};function invoke_iii(index,a1,a2){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_ii(index,a1){var sp=stackSave();try{return getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_i(index){var sp=stackSave();try{return getWasmTableEntry(index)()}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_v(index){var sp=stackSave();try{getWasmTableEntry(index)()}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_iiii(index,a1,a2,a3){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2,a3)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiii(index,a1,a2,a3,a4){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiiiiiiiiiiii(index,a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11,a12,a13){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11,a12,a13)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_iiiii(index,a1,a2,a3,a4){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2,a3,a4)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viii(index,a1,a2,a3){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_vi(index,a1){var sp=stackSave();try{getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_vii(index,a1,a2){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiiii(index,a1,a2,a3,a4,a5){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4,a5)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_ji(index,a1){var sp=stackSave();try{return getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0);return 0n}}async function run(){preRun();if(runDependencies){await resolveRunDependencies()}var setStatus=Module["setStatus"];if(setStatus){setStatus("Running...");await new Promise(resolve=>setTimeout(resolve,1));setTimeout(setStatus,1,"")}if(ABORT)return;initRuntime();Module["onRuntimeInitialized"]?.();postRun()}var wasmExports;wasmExports=await createWasm();await run();
;return Module}})();if(true){module.exports=PgQueryModule;module.exports["default"]=PgQueryModule}else {}


/***/ }),

/***/ 598:
/***/ (function(module) {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 24:
/***/ (function(module) {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 627:
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
__exportStar(__nccwpck_require__(461), exports);
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
const libpg_query_js_1 = __importDefault(__nccwpck_require__(995));
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
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
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
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it need to be in strict mode.
!function() {
"use strict";
// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  analyzeMigration: function() { return /* binding */ analyzeMigration; },
  gateMigrationRegression: function() { return /* binding */ gateMigrationRegression; },
  gateMigrationRisk: function() { return /* binding */ gateMigrationRisk; }
});

;// CONCATENATED MODULE: ./shared/findings/positions.ts
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

;// CONCATENATED MODULE: ./shared/lazy-crypto.ts
/**
 * node:crypto, required on the first hash or UUID instead of at start-up. Loading node:crypto costs ~3 MiB of
 * peak memory on Node 24 (its internals now include argon2, KEM, ...) against ~1.5 MiB on Node 20, and the
 * smallest runs never need it: publish on an event it refuses, any step that exits on its inputs. Measured on
 * the publish dist (bench/startup, Node 24.22.3 / 20.20.2, max RSS): 50.6 / 42.2 MiB (1.20x) with node:crypto
 * imported at the top of finding.ts, inert.ts and workflow-commands.ts, 48.1 / 41.1 MiB (1.17x) with this.
 * Same functions, same results: only when the module is loaded changes.
 */
const lazy_crypto_crypto = () => __nccwpck_require__(598);
const createHash = (algorithm) => lazy_crypto_crypto().createHash(algorithm);
const randomUUID = () => lazy_crypto_crypto().randomUUID();

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

;// CONCATENATED MODULE: ./shared/findings/finding.ts




/** One base for every rule's docs page, shared with the runtime library's denials. */
const DOCS_BASE = RULE_DOCS_BASE;
/** Docs links are derived from the rule id, never typed by hand. */
function docsUrlFor(ruleId) {
    return `${DOCS_BASE}/${ruleId}.md`;
}
function fingerprintOf(ruleId, file, key) {
    return createHash('sha256').update(`${ruleId}\0${file ?? ''}\0${key}`).digest('hex').slice(0, 32);
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
function finding_compareFindings(a, b) {
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
function rulesOf(text) {
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
    const described = warnings.map((w) => ({ w, rules: rulesOf(w.text) }));
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
var wasm = __nccwpck_require__(627);
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
        const at = new LineIndex(decoded.prefix).positionOfChar(decoded.prefix.length);
        const finding = metaFinding(unreadableMigration, decoded.problem, { detail: decoded.detail }, { file, ...at }, `${decoded.problem}`);
        return { file, findings: [finding], statements: [], unscorable: true };
    }
    const { text } = decoded;
    const lines = new LineIndex(text);
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

;// CONCATENATED MODULE: ./shared/errors.ts
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

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/enabled-rules.ts


const DOCS = 'https://github.com/bickford/actions/tree/main/docs/rules';
/** The defaults, with `rules` entries turning rules on (`prefer-text`) or off (`-require-lock-timeout`). */
function enabled_rules_enabledRules(changes) {
    const ids = new Set(defaultRuleIds());
    for (const entry of changes) {
        const off = entry.startsWith('-');
        const id = off ? entry.slice(1) : entry;
        const rule = ruleById(id);
        if (!rule)
            throw new ConfigurationError(`rules names ${id}, which is not a migration-score rule; the rules are listed in ${DOCS}`, DOCS);
        if (rule.category === 'meta')
            continue;
        if (off)
            ids.delete(id);
        else
            ids.add(id);
    }
    return RULES.filter((r) => ids.has(r.id));
}

;// CONCATENATED MODULE: external "node:path"
var external_node_path_namespaceObject = require("node:path");
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
    return external_node_path_namespaceObject.posix.basename(file) === 'migration.sql' ? external_node_path_namespaceObject.posix.basename(external_node_path_namespaceObject.posix.dirname(file)) : file;
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

;// CONCATENATED MODULE: ./cli/src/lib/migration.ts







// The engine's Finding and the declared one must stay the same shape: this line fails to compile otherwise.
const _sameShape = true;
void _sameShape;
function fileOf(name) {
    // A Prisma folder name reads back as itself in messages (build-result's nameOf), as it does in the action.
    return name.endsWith('.sql') ? name : `${name}/migration.sql`;
}
function inputsOf(options, maxRisk = DEFAULTS.maxRisk) {
    return {
        paths: [],
        all: false,
        rules: options.rules ?? [],
        ...DEFAULTS,
        pgVersion: options.pgVersion ?? DEFAULTS.pgVersion,
        lockTimeout: options.lockTimeout ?? DEFAULTS.lockTimeout,
        dropNotNull: options.dropNotNull ?? DEFAULTS.dropNotNull,
        maxRisk,
    };
}
function selectionOf(file) {
    return { mode: 'paths', files: [file], dirs: [], edited: new Set() };
}
/**
 * Scores one migration against an empty database, as migration-score does for a migration with no history
 * before it. Asynchronous because the parser is PostgreSQL's own, compiled to WebAssembly, loaded once.
 */
async function analyzeMigration(name, sql, options = {}) {
    if (typeof name !== 'string' || name === '')
        throw new TypeError('analyzeMigration(name, sql): name must be a non-empty string');
    if (typeof sql !== 'string')
        throw new TypeError(`analyzeMigration(name, sql): sql must be a string, got ${typeof sql}`);
    await loadParser();
    const inputs = inputsOf(options);
    const file = fileOf(name);
    const engine = analyseMigration(file, Buffer.from(sql, 'utf8'), new SchemaState(), {
        rules: enabled_rules_enabledRules(inputs.rules),
        settings: { pgVersion: inputs.pgVersion, lockTimeout: inputs.lockTimeout, dropNotNull: inputs.dropNotNull },
        knownRules: new Set(RULES.map((r) => r.id)),
        runState: new Map(),
    });
    const verdict = judge([engine], selectionOf(file), inputs, []).migrations[0];
    const counted = engine.findings.filter((f) => f.suppressed?.kind !== 'ignore');
    const flag = (key) => counted.some((f) => ruleById(f.ruleId)?.risk[key] === true);
    return {
        name,
        riskScore: verdict.risk,
        isRegressive: verdict.regressive,
        operations: engine.statements.map((s) => {
            const at = engine.lines.locationOfChars(file, s.startChar);
            return { statement: s.index + 1, kind: s.kind, sql: s.text, line: at.line, column: at.column };
        }),
        impactAnalysis: { scorable: !engine.unscorable, dataLoss: flag('dataLoss'), downtime: flag('downtime'), noRollback: flag('noRollback'), highRisk: flag('highRisk'), findings: engine.findings },
    };
}
/** Refuses a regressive migration: the denial is the first regressive error, with every other one in its trace. */
function gateMigrationRegression(analysis) {
    if (!analysis.isRegressive)
        return null;
    const denials = analysis.impactAnalysis.findings.filter((f) => f.category === 'regressive' && f.severity === 'error' && !f.suppressed);
    const [first, ...rest] = denials;
    if (!first)
        return null;
    return {
        ...first,
        trace: [...(first.trace ?? []), ...rest.filter((f) => f.location).map((f) => ({ location: f.location, note: f.ruleId }))],
        properties: { ...first.properties, migration: analysis.name, regressive: denials.map((f) => f.ruleId) },
    };
}
/** Refuses a migration whose unapproved risk exceeds `maxRisk`: migration-score's own `risk-threshold` finding. */
function gateMigrationRisk(analysis, maxRisk) {
    if (typeof maxRisk !== 'number' || !(maxRisk >= 0 && maxRisk <= 1))
        throw new RangeError(`gateMigrationRisk(analysis, maxRisk): maxRisk must be a number from 0 to 1, got ${String(maxRisk)}`);
    const file = fileOf(analysis.name);
    // judge() annotates the findings it is given; it gets copies so the caller's analysis stays as returned.
    const engine = { file, findings: analysis.impactAnalysis.findings.map((f) => ({ ...f })), statements: [], unscorable: !analysis.impactAnalysis.scorable };
    const judged = judge([engine], selectionOf(file), inputsOf({}, maxRisk), []);
    return judged.findings.find((f) => f.ruleId === 'risk-threshold') ?? null;
}

}();
module.exports = __webpack_exports__;
/******/ })()
;