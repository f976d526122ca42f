import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  eventText,
  formatHistoryText,
  trailLetters
} from "./chunk-C7QS3U4T.js";
import "./chunk-SG2FHML3.js";
import "./chunk-O2S2L5JE.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-AQGDAWCO.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-XSSKFD5A.js";
import "./chunk-KXSU6U4D.js";
import "./chunk-SA2IJZVG.js";
export {
  eventText,
  formatHistoryText,
  trailLetters
};
