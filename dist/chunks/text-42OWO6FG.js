import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  eventText,
  formatHistoryText,
  trailLetters
} from "./chunk-MCYQSFDZ.js";
import "./chunk-SG2FHML3.js";
import "./chunk-O2S2L5JE.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-EPVBHNQJ.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-HY52YVVC.js";
import "./chunk-IGQNBKN2.js";
import "./chunk-SA2IJZVG.js";
export {
  eventText,
  formatHistoryText,
  trailLetters
};
