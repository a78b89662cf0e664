"use strict";
exports.id = 881;
exports.ids = [881];
exports.modules = {

/***/ 4881:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOctokit: function() { return /* binding */ createOctokit; }
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1259);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);




function createOctokit(apiUrl, token, options) {
    const { timeoutMs, maxRateLimitWaitSeconds: maxWait, logger: log } = options;
    const proxyFetch = _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? fetch;
    // A hang becomes a network error (TypeError with a cause), which @octokit/request turns into a retryable
    // RequestError; an AbortError would be thrown past plugin-retry untouched.
    const timedFetch = async (url, init = {}) => {
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        try {
            return await proxyFetch(url, { ...init, signal });
        }
        catch (e) {
            if (timeout.aborted)
                throw new TypeError('fetch failed', { cause: Object.assign(new Error(`no answer within ${timeoutMs / 1000} s`), { code: 'ETIMEDOUT' }) });
            throw e;
        }
    };
    const onLimit = (kind) => (retryAfter, opts, _o, retryCount) => {
        const again = retryCount < 2 && retryAfter <= maxWait;
        log?.info(`GitHub ${kind} on ${opts.method} ${opts.url}: ${again ? `retrying after ${retryAfter} s` : `not waiting ${retryAfter} s`}.`);
        return again;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: apiUrl.replace(/\/$/, ''),
        userAgent: 'bickford',
        request: { fetch: timedFetch },
        // 429 is left to plugin-throttling, which waits the `retry-after` GitHub gives instead of a fixed backoff.
        retry: { retries: options.retries, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
        log: { debug: (m) => log?.debug(m), info: (m) => log?.debug(m), warn: (m) => log?.debug(m), error: (m) => log?.debug(m) },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
}


/***/ })

};
;