import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  ConfigError,
  configFromData,
  configSearchStart,
  findConfig,
  loadConfigFile,
  loadConfigText
} from "./chunk-O4RZDMHC.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-KSYNYTU7.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-AQOK7LRR.js";
export {
  ConfigError,
  configFromData,
  configSearchStart,
  findConfig,
  loadConfigFile,
  loadConfigText
};
