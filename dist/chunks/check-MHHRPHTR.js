import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  CHECK_FORMATS,
  checkCommand,
  parseOutputs,
  withinBytes
} from "./chunk-34B7KXCU.js";
import "./chunk-B54Y4VJ6.js";
import "./chunk-5VFQBW7I.js";
import "./chunk-ELWXXGRX.js";
import "./chunk-7I4VXVWR.js";
import "./chunk-75ZQKXZW.js";
import "./chunk-B6Y3255Y.js";
import "./chunk-SYXEGYMA.js";
import "./chunk-QA7TO7ZC.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-TT5CPOI6.js";
import "./chunk-EYCLHUBO.js";
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
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";
export {
  CHECK_FORMATS,
  checkCommand,
  parseOutputs,
  withinBytes
};
