import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  CHECK_FORMATS,
  checkCommand,
  parseOutputs,
  withinBytes
} from "./chunk-6VUBKZOU.js";
import "./chunk-X2HYFB2W.js";
import "./chunk-5VFQBW7I.js";
import "./chunk-IJHWXXFU.js";
import "./chunk-WP4VPJNJ.js";
import "./chunk-PHL7NUWT.js";
import "./chunk-Y7H5MH3H.js";
import "./chunk-LUAMS4HE.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-XXCZGDQM.js";
import "./chunk-TT5CPOI6.js";
import "./chunk-QST4GCAC.js";
import "./chunk-WGPO3TYV.js";
import "./chunk-2CP2HOKN.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-O7IMBHJA.js";
import "./chunk-USCXXCK4.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-JEJKPWS7.js";
import "./chunk-H55VO2DL.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";
export {
  CHECK_FORMATS,
  checkCommand,
  parseOutputs,
  withinBytes
};
