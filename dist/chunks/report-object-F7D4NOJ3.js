import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  ACCOUNT_TEMPLATE,
  accountObject,
  diagnosticObject,
  reportHead,
  reportObject,
  round
} from "./chunk-C65SMAYF.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";
export {
  ACCOUNT_TEMPLATE,
  accountObject,
  diagnosticObject,
  reportHead,
  reportObject,
  round
};
