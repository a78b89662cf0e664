"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SEVERITIES = void 0;
exports.SEVERITIES = ['error', 'warning', 'notice'];
