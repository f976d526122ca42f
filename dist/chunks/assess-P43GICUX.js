import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  applyChanges,
  assessCommand,
  changesFrom
} from "./chunk-MPQ5NV4A.js";
import "./chunk-IAW5H2HF.js";
import "./chunk-643D2HAY.js";
import "./chunk-D4IC2CFY.js";
import "./chunk-RVBIQEYH.js";
import "./chunk-H4323YL4.js";
import "./chunk-PSCYRAWX.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-WGPO3TYV.js";
import "./chunk-AQGDAWCO.js";
import "./chunk-F6F6S3TX.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-4Q6632EH.js";
import "./chunk-UGSV62AK.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-XSSKFD5A.js";
import "./chunk-KXSU6U4D.js";
import "./chunk-SA2IJZVG.js";
export {
  applyChanges,
  assessCommand,
  changesFrom
};
