import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  CHECK_FORMATS,
  checkCommand,
  parseOutputs,
  withinBytes
} from "./chunk-DJCO3MSN.js";
import "./chunk-GBHRU2Y6.js";
import "./chunk-5VFQBW7I.js";
import "./chunk-NSC2QICX.js";
import "./chunk-MUTOISZC.js";
import "./chunk-QB7NRNWX.js";
import "./chunk-PM6DRYCY.js";
import "./chunk-2LM7DQNE.js";
import "./chunk-U7J3TI66.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-FXI7BCZW.js";
import "./chunk-TT5CPOI6.js";
import "./chunk-I6ED35KJ.js";
import "./chunk-WGPO3TYV.js";
import "./chunk-PYU6DH7U.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-4Q6632EH.js";
import "./chunk-UGSV62AK.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-KRRVDRP5.js";
import "./chunk-ONOCOLYI.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";
export {
  CHECK_FORMATS,
  checkCommand,
  parseOutputs,
  withinBytes
};
