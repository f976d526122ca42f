import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  applyChanges,
  assessCommand,
  changesFrom
} from "./chunk-3DPL2AFH.js";
import "./chunk-GB32SP25.js";
import "./chunk-TEBTMUSZ.js";
import "./chunk-D4IC2CFY.js";
import "./chunk-4N4P776B.js";
import "./chunk-MVIQRHAV.js";
import "./chunk-RSZUXVKS.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-XXCZGDQM.js";
import "./chunk-FH4AGJX7.js";
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
import "./chunk-SA2IJZVG.js";
export {
  applyChanges,
  assessCommand,
  changesFrom
};
