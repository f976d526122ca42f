import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  loadSnapshot
} from "./chunk-IJGUECBQ.js";
import "./chunk-NJM73UOA.js";
import "./chunk-ZS5HRSH3.js";
import "./chunk-GOVVWQEU.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-EJQF67EU.js";
import "./chunk-N4YFEZQB.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-O7IMBHJA.js";
import "./chunk-USCXXCK4.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-2O2BUUPQ.js";
import "./chunk-KUAGLHFB.js";
import "./chunk-SA2IJZVG.js";
export {
  loadSnapshot
};
