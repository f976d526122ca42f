import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  diffObject
} from "./chunk-FMUSOYNA.js";
import "./chunk-C65SMAYF.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";
export {
  diffObject
};
