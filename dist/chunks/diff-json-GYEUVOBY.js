import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  diffObject
} from "./chunk-JNHL2CFQ.js";
import "./chunk-N6QECX3L.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";
export {
  diffObject
};
