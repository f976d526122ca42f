import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  formatStylish
} from "./chunk-AVV4CH2Q.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-LT2VYHAL.js";
import "./chunk-AQOK7LRR.js";
export {
  formatStylish
};
