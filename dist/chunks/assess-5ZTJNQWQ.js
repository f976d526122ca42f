import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  applyChanges,
  assessCommand,
  changesFrom
} from "./chunk-HU576QWI.js";
import "./chunk-BAE7L34E.js";
import "./chunk-643D2HAY.js";
import "./chunk-D4IC2CFY.js";
import "./chunk-PM6DRYCY.js";
import "./chunk-2LM7DQNE.js";
import "./chunk-U7J3TI66.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-FXI7BCZW.js";
import "./chunk-FH4AGJX7.js";
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
import "./chunk-SA2IJZVG.js";
export {
  applyChanges,
  assessCommand,
  changesFrom
};
