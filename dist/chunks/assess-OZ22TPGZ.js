import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  applyChanges,
  assessCommand,
  changesFrom
} from "./chunk-QGR7NRMM.js";
import "./chunk-ORUEESM4.js";
import "./chunk-TEBTMUSZ.js";
import "./chunk-D4IC2CFY.js";
import "./chunk-3WXJSZ5N.js";
import "./chunk-IM3YJJOP.js";
import "./chunk-7MQSZBRX.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-FXI7BCZW.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-WGPO3TYV.js";
import "./chunk-EKMQWVSN.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-O7IMBHJA.js";
import "./chunk-USCXXCK4.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-PQTQPDBU.js";
import "./chunk-N75JVWZT.js";
import "./chunk-SA2IJZVG.js";
export {
  applyChanges,
  assessCommand,
  changesFrom
};
