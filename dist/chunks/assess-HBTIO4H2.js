import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  applyChanges,
  assessCommand,
  changesFrom
} from "./chunk-LX75XMXY.js";
import "./chunk-WMZX4NLT.js";
import "./chunk-SDJYXFOA.js";
import "./chunk-D4IC2CFY.js";
import "./chunk-ZMQ2MAA5.js";
import "./chunk-W5YXHUWR.js";
import "./chunk-ZCG5Q7TK.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-WGPO3TYV.js";
import "./chunk-QDDUVU2Q.js";
import "./chunk-F6F6S3TX.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-2AYEJTPV.js";
import "./chunk-2N4MUZR3.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-YJGWBSKY.js";
import "./chunk-SDZXKXMS.js";
import "./chunk-SA2IJZVG.js";
export {
  applyChanges,
  assessCommand,
  changesFrom
};
