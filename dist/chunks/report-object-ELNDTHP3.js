import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  accountObject,
  diagnosticObject,
  reportHead,
  reportObject,
  round
} from "./chunk-36A7K6WI.js";
import "./chunk-LT2VYHAL.js";
import "./chunk-AQOK7LRR.js";
export {
  accountObject,
  diagnosticObject,
  reportHead,
  reportObject,
  round
};
