import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  BACK,
  Cancelled,
  Progress,
  answersAsker,
  askAll,
  terminalAsker
} from "./chunk-H6URRPGD.js";
import "./chunk-KSYNYTU7.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-AQOK7LRR.js";
export {
  BACK,
  Cancelled,
  Progress,
  answersAsker,
  askAll,
  terminalAsker
};
