import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  loadSnapshot
} from "./chunk-FHEOTJ67.js";
import "./chunk-PHL7NUWT.js";
import "./chunk-Y7H5MH3H.js";
import "./chunk-LUAMS4HE.js";
import "./chunk-CDJ7GAAG.js";
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
import "./chunk-SA2IJZVG.js";
export {
  loadSnapshot
};
