import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  applyChanges,
  assessCommand,
  changesFrom
} from "./chunk-GSPHEPQK.js";
import "./chunk-UK74WUJG.js";
import "./chunk-SDJYXFOA.js";
import "./chunk-D4IC2CFY.js";
import "./chunk-B6Y3255Y.js";
import "./chunk-SYXEGYMA.js";
import "./chunk-QA7TO7ZC.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-WGPO3TYV.js";
import "./chunk-EPVBHNQJ.js";
import "./chunk-F6F6S3TX.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-2AYEJTPV.js";
import "./chunk-2N4MUZR3.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-HY52YVVC.js";
import "./chunk-IGQNBKN2.js";
import "./chunk-SA2IJZVG.js";
export {
  applyChanges,
  assessCommand,
  changesFrom
};
