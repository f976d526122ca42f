import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  applyChanges,
  assessCommand,
  changesFrom
} from "./chunk-4NJNL72Q.js";
import "./chunk-LADDQTVP.js";
import "./chunk-TEBTMUSZ.js";
import "./chunk-D4IC2CFY.js";
import "./chunk-RYPAM42N.js";
import "./chunk-SXZCZVHU.js";
import "./chunk-HZSPLG3T.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-FXI7BCZW.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-WGPO3TYV.js";
import "./chunk-EKMQWVSN.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-PW5BOUXJ.js";
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
