import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  BACK,
  Cancelled,
  Progress,
  answersAsker,
  askAll,
  terminalAsker
} from "./chunk-FGLYJR7A.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-Q7SRD657.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-SA2IJZVG.js";
export {
  BACK,
  Cancelled,
  Progress,
  answersAsker,
  askAll,
  terminalAsker
};
