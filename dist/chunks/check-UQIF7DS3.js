import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  CHECK_FORMATS,
  checkCommand,
  parseOutputs,
  withinBytes
} from "./chunk-GH2UPV3C.js";
import "./chunk-DMHEGWOH.js";
import "./chunk-IJHWXXFU.js";
import "./chunk-5VFQBW7I.js";
import "./chunk-WP4VPJNJ.js";
import "./chunk-4N4P776B.js";
import "./chunk-MVIQRHAV.js";
import "./chunk-RSZUXVKS.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-XXCZGDQM.js";
import "./chunk-TT5CPOI6.js";
import "./chunk-QST4GCAC.js";
import "./chunk-EJQF67EU.js";
import "./chunk-VGEMTBDA.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-O7IMBHJA.js";
import "./chunk-USCXXCK4.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-JMEENXHA.js";
import "./chunk-I5XYLVYA.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";
export {
  CHECK_FORMATS,
  checkCommand,
  parseOutputs,
  withinBytes
};
