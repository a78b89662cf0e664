"use strict";
exports.id = 267;
exports.ids = [267];
exports.modules = {

/***/ 3267:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   configEnv: function() { return /* reexport safe */ _shared_prisma_config_env__WEBPACK_IMPORTED_MODULE_2__._h; },
/* harmony export */   findPrismaProjects: function() { return /* reexport safe */ _shared_prisma_find_projects__WEBPACK_IMPORTED_MODULE_0__.A$; },
/* harmony export */   readPrismaConfig: function() { return /* reexport safe */ _shared_prisma_read_config__WEBPACK_IMPORTED_MODULE_1__.dT; },
/* harmony export */   valueOf: function() { return /* reexport safe */ _shared_prisma_config_env__WEBPACK_IMPORTED_MODULE_2__.RP; }
/* harmony export */ });
/* harmony import */ var _shared_prisma_find_projects__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12);
/* harmony import */ var _shared_prisma_read_config__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9073);
/* harmony import */ var _shared_prisma_config_env__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8387);
/**
 * Prisma project discovery and the config reader, loaded lazily and always through this one module (by
 * migrations-dir.ts and search-path.ts): ncc gives each dynamically imported module its own chunk, so two import
 * paths would ship the config reader twice.
 */





/***/ })

};
;