import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  CHECK_FORMATS,
  checkCommand,
  parseOutputs,
  withinBytes
} from "./chunk-EJDBJNP7.js";
import "./chunk-XDQJUBPX.js";
import "./chunk-5VFQBW7I.js";
import "./chunk-NSC2QICX.js";
import "./chunk-BKPT6XCX.js";
import "./chunk-SKECXF2I.js";
import "./chunk-RYPAM42N.js";
import "./chunk-SXZCZVHU.js";
import "./chunk-HZSPLG3T.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-FXI7BCZW.js";
import "./chunk-TT5CPOI6.js";
import "./chunk-I6ED35KJ.js";
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
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";
export {
  CHECK_FORMATS,
  checkCommand,
  parseOutputs,
  withinBytes
};
