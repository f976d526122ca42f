import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  formatMarkdownReport,
  markdownReportChunks
} from "./chunk-KN3APWV5.js";
import "./chunk-D4IC2CFY.js";
import "./chunk-OPNKPR2M.js";
import "./chunk-O2S2L5JE.js";
import "./chunk-MW2GVKPX.js";
import "./chunk-ET77X6EV.js";
import "./chunk-ZCG5Q7TK.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-QDDUVU2Q.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-YJGWBSKY.js";
import "./chunk-SDZXKXMS.js";
import "./chunk-SA2IJZVG.js";
export {
  formatMarkdownReport,
  markdownReportChunks
};
