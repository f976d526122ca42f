import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  ConfigError,
  configFromData,
  configSearchStart,
  findConfig,
  loadConfigFile,
  loadConfigText
} from "./chunk-V5UQSIXE.js";
import "./chunk-Q7SRD657.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-SA2IJZVG.js";
export {
  ConfigError,
  configFromData,
  configSearchStart,
  findConfig,
  loadConfigFile,
  loadConfigText
};
