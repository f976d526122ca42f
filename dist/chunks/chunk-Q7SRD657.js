import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  nearest
} from "./chunk-QGK4WI7H.js";
import {
  __commonJS,
  __require
} from "./chunk-SA2IJZVG.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/io/lazy-module.ts
import { createRequire } from "node:module";
var sourceRequire = createRequire(import.meta.url);
function onFirstUse(load) {
  let value;
  return () => value ??= load();
}

// src/io/schema/date-format.ts
function isDate(value) {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y = digits(value, 0, 4);
  const m = digits(value, 5, 2);
  const d = digits(value, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 ? leap ? 29 : 28 : DAYS[m - 1]);
}
var DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function digits(s, at, count) {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

// src/io/schema/account-validator.ts
var kamFormats = { date: isDate };
var validate = validate0;
var schema0 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "urn:kam:schema:account:v1", "title": "kam account plan", "description": "One key customer's account plan, as read by kam (contract version 1). Only id and name are required; a partial plan is normal.", "type": "object", "additionalProperties": false, "required": ["id", "name"], "definitions": { "score": { "type": "number", "minimum": 0, "maximum": 10 }, "date": { "type": "string", "format": "date" }, "stage": { "type": "string", "enum": ["exploratory", "basic", "co-operative", "interdependent", "integrated"] }, "tactic": { "description": "A tactic: plain text, or an action with an owner, a due date and whether it is done.", "oneOf": [{ "type": "string", "description": "The tactic, in words." }, { "type": "object", "description": "An action in the plan, tracked to completion.", "additionalProperties": false, "required": ["action"], "properties": { "action": { "type": "string", "minLength": 1, "description": "What will be done." }, "owner": { "type": "string", "description": "Who on our side does it." }, "due": { "description": "When it must be done, YYYY-MM-DD; an open action past this date is overdue.", "allOf": [{ "$ref": "#/definitions/date" }] }, "done": { "type": "boolean", "description": "true once it is done (an open action is listed by due date)." } } }] }, "property-tags": { "type": "array", "description": "Free labels for filtering (region, segment, ...).", "items": { "type": "string" } }, "property-revenue": { "type": "object", "description": "Revenue from this account.", "additionalProperties": false, "properties": { "current": { "type": "number", "minimum": 0, "maximum": 1e15, "description": "Our annual revenue from this account now." }, "potential": { "type": "number", "minimum": 0, "maximum": 1e15, "description": "Estimated annual revenue we could realistically earn from this account." } } }, "property-attractiveness": { "type": "object", "description": "Customer attractiveness: how attractive this customer is to us. Each factor 0..10, 10 = most attractive; the axis is their weighted mean.", "additionalProperties": false, "properties": { "size": { "description": "How big the customer is for us: total spend in our category and share of the industry. 10 = among the largest buyers in the market.", "allOf": [{ "$ref": "#/definitions/score" }] }, "growth_potential": { "description": "How much the customer's volume is likely to grow: volume trend, acquisitions, new markets. 10 = strong, visible growth.", "allOf": [{ "$ref": "#/definitions/score" }] }, "financial_stability": { "description": "How sound the customer's finances are: credit rating, margins, payment record. 10 = very stable, no credit risk.", "allOf": [{ "$ref": "#/definitions/score" }] }, "ease_of_access": { "description": "How easily we reach the people who decide: access to decision makers and willingness to meet. 10 = open doors at every level.", "allOf": [{ "$ref": "#/definitions/score" }] }, "relationship_closeness": { "description": "How close the existing relationship is: contacts, history, goodwill. 10 = a long, close relationship already.", "allOf": [{ "$ref": "#/definitions/score" }] }, "strategic_fit": { "description": "How well the customer fits our strategy, offer, systems and processes. 10 = exactly the customers we want to serve.", "allOf": [{ "$ref": "#/definitions/score" }] }, "early_adopter": { "description": "How readily the customer takes up new offers and innovations. 10 = first to try what is new.", "allOf": [{ "$ref": "#/definitions/score" }] }, "values_offer": { "description": "How much the customer values what we offer and how relevant it is to their needs. 10 = our offer matters a lot to them.", "allOf": [{ "$ref": "#/definitions/score" }] }, "low_competition": { "description": "How little competition we face for this customer's business. 10 = hardly any competition (high competition scores low).", "allOf": [{ "$ref": "#/definitions/score" }] }, "market_standing": { "description": "The customer's standing in its market: leadership, credibility, prestige as a reference. 10 = a market leader and a reference.", "allOf": [{ "$ref": "#/definitions/score" }] } } }, "property-strength": { "type": "object", "description": "Relative strength: how strong we are with this customer compared with the best competitor, as the customer sees it. Each factor 0..10; the axis is their weighted mean.", "additionalProperties": false, "properties": { "price": { "description": "Our price compared with the best competitor's, as the customer sees it. 10 = clearly the best price.", "allOf": [{ "$ref": "#/definitions/score" }] }, "service": { "description": "Our service (delivery, support, ease of doing business) compared with the best competitor. 10 = clearly the best service.", "allOf": [{ "$ref": "#/definitions/score" }] }, "people_quality": { "description": "The quality of our people the customer deals with, compared with the best competitor. 10 = clearly the best people.", "allOf": [{ "$ref": "#/definitions/score" }] }, "response_speed": { "description": "How fast we respond to requests and problems, compared with the best competitor. 10 = clearly the fastest.", "allOf": [{ "$ref": "#/definitions/score" }] }, "relationships": { "description": "The strength of our relationships and attitudes towards the customer, compared with the best competitor. 10 = clearly the strongest.", "allOf": [{ "$ref": "#/definitions/score" }] }, "innovation": { "description": "Our innovation as the customer experiences it, compared with the best competitor. 10 = clearly the most innovative.", "allOf": [{ "$ref": "#/definitions/score" }] }, "value_in_use": { "description": "The value our products create in the customer's supply chain (total cost of ownership, yield), compared with the best competitor. 10 = clearly the most value.", "allOf": [{ "$ref": "#/definitions/score" }] }, "sustainability": { "description": "Our long-term sustainability as a supplier (continuity, environmental and social standards), compared with the best competitor. 10 = clearly the most sustainable.", "allOf": [{ "$ref": "#/definitions/score" }] }, "trust": { "description": "How much the customer trusts us and has confidence in us, compared with the best competitor. 10 = the most trusted supplier.", "allOf": [{ "$ref": "#/definitions/score" }] } } }, "property-positioning": { "type": "object", "description": "Supplier positioning (Cheverton): how the customer positions us among its suppliers.", "additionalProperties": false, "properties": { "spend": { "description": "Relative spend: how much the customer spends with us compared with its other suppliers. 10 = one of its biggest suppliers.", "allOf": [{ "$ref": "#/definitions/score" }] }, "significance": { "description": "Risk/significance: how much what we supply matters to the customer's business. A score 0..10, or a mapping of its factors whose plain mean is used.", "oneOf": [{ "$ref": "#/definitions/score" }, { "type": "object", "description": "Significance factors, each 0..10; their plain mean is the significance.", "additionalProperties": false, "properties": { "unique_technology": { "description": "How unique the technology we supply is to the customer. 10 = nobody else has it.", "allOf": [{ "$ref": "#/definitions/score" }] }, "brand": { "description": "How much the customer uses or relies on our brand name (e.g. in its own products). 10 = our brand matters to their customers.", "allOf": [{ "$ref": "#/definitions/score" }] }, "cost_savings": { "description": "How much cost we save the customer. 10 = large, visible savings.", "allOf": [{ "$ref": "#/definitions/score" }] }, "few_alternatives": { "description": "How few alternative suppliers the customer has. 10 = hardly any alternative.", "allOf": [{ "$ref": "#/definitions/score" }] }, "switching_time": { "description": "How long it would take the customer to change supplier. 10 = a change would take years.", "allOf": [{ "$ref": "#/definitions/score" }] }, "supplier_investment": { "description": "How much suppliers (we) invest in the customer's market. 10 = heavy investment the customer relies on.", "allOf": [{ "$ref": "#/definitions/score" }] } }, "minProperties": 1 }] } } }, "property-relationship": { "type": "object", "description": "The relationship with the customer (Millman & Wilson stages).", "additionalProperties": false, "properties": { "stage": { "description": "Relationship stage as we see it: exploratory (pre-trading) | basic (transactional, one contact each side) | co-operative (more contacts, limited trust) | interdependent (mutual dependency, contacts across functions) | integrated (boundaries dissolve, joint planning).", "allOf": [{ "$ref": "#/definitions/stage" }] }, "customer_view": { "description": "The relationship stage as the customer sees it, where known (survey, interview). Usually lower than ours.", "allOf": [{ "$ref": "#/definitions/stage" }] }, "perceived_level": { "type": "string", "enum": ["commodity", "product-provider", "value-add", "partner"], "description": "How the customer perceives us: commodity (price-sensitive, no loyalty) | product-provider | value-add (some loyalty) | partner (low price sensitivity, high loyalty)." }, "contacts": { "type": "array", "description": "Decision makers and influencers in the customer's power base.", "items": { "type": "object", "description": "A person at the customer.", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "The contact's name.", "minLength": 1 }, "role": { "type": "string", "description": "Job title." }, "function": { "type": "string", "description": "Business function (purchasing, engineering, finance, ...); contacts across functions make a relationship robust." }, "influence": { "type": "string", "enum": ["decision-maker", "influencer", "sponsor", "user", "gatekeeper"], "description": "The contact's part in buying decisions." }, "owner": { "type": "string", "description": "Who on our side holds this relationship." }, "agenda": { "type": "object", "description": "What drives this person.", "additionalProperties": false, "properties": { "business": { "type": "string", "description": "Their business agenda: what they must achieve for the company." }, "personal": { "type": "string", "description": "Their personal agenda: what they want for themselves." }, "recognised_by": { "type": "string", "description": "By whom they need to be recognised." }, "measured_by": { "type": "string", "description": "How they are measured." } } } }, "required": ["name"] } } } }, "property-opportunities": { "type": "array", "description": "The opportunity pipeline, each screened with the four go/no-go questions.", "items": { "type": "object", "description": "One opportunity.", "additionalProperties": false, "properties": { "id": { "type": "string", "description": "The opportunity's id, unique within the account.", "minLength": 1 }, "name": { "type": "string", "description": "A short name for the opportunity." }, "value": { "type": "number", "minimum": 0, "maximum": 1e15, "description": "Estimated value of the deal." }, "stage": { "type": "string", "enum": ["identified", "qualified", "pursuing", "won", "lost"], "description": "Where the opportunity is in the pipeline." }, "close": { "description": "Expected close date, YYYY-MM-DD.", "allOf": [{ "$ref": "#/definitions/date" }] }, "questions": { "type": "object", "description": "The four go/no-go questions. A no to any means no-go; four yes mean go; otherwise keep qualifying.", "additionalProperties": false, "properties": { "real": { "description": "Is it real? A real need and budget, enough volume or profit to justify the resources. yes | no | unsure (true/false accepted).", "enum": ["yes", "no", "unsure", true, false] }, "compete": { "description": "Can we compete? Our solution fits and compares well with the competitors on this deal. yes | no | unsure (true/false accepted).", "enum": ["yes", "no", "unsure", true, false] }, "win": { "description": "Can we win? We have inside support in the customer's organisation (the most overlooked question). yes | no | unsure (true/false accepted).", "enum": ["yes", "no", "unsure", true, false] }, "worth": { "description": "Is it worth winning? Profit, short- and long-term potential, strategic importance. yes | no | unsure (true/false accepted).", "enum": ["yes", "no", "unsure", true, false] } } }, "notes": { "type": "object", "description": "An optional note per go/no-go answer: the evidence behind it.", "additionalProperties": false, "properties": { "real": { "type": "string", "description": "Note on 'is it real?'." }, "compete": { "type": "string", "description": "Note on 'can we compete?'." }, "win": { "type": "string", "description": "Note on 'can we win?'." }, "worth": { "type": "string", "description": "Note on 'is it worth winning?'." } } } }, "required": ["id"] } }, "property-plan": { "type": "object", "description": "The account plan.", "additionalProperties": false, "properties": { "charter": { "type": "object", "description": "Account strategy charter, built from the customer's agenda.", "additionalProperties": false, "properties": { "situation": { "type": "string", "description": "The current situation." }, "objectives": { "type": "array", "description": "The customer's key business objectives for the next 3-5 years.", "items": { "type": "string" } }, "initiatives": { "type": "array", "description": "The customer's initiatives towards those objectives.", "items": { "type": "string" } }, "barriers": { "type": "array", "description": "What stands in the customer's way.", "items": { "type": "string" } }, "enablers": { "type": "array", "description": "What helps the customer get there.", "items": { "type": "string" } } } }, "development": { "type": "object", "description": "The account development plan for the year.", "additionalProperties": false, "properties": { "objectives": { "type": "array", "description": "Our objectives with this account this year.", "items": { "type": "string" } }, "strategies": { "type": "array", "description": "How we will reach them.", "items": { "type": "string" } }, "tactics": { "type": "object", "description": "Tactics per quarter of the calendar year (q1 = January to March): plain text, or actions { action, owner, due, done }.", "additionalProperties": false, "properties": { "q1": { "type": "array", "description": "Tactics for quarter 1.", "items": { "$ref": "#/definitions/tactic" } }, "q2": { "type": "array", "description": "Tactics for quarter 2.", "items": { "$ref": "#/definitions/tactic" } }, "q3": { "type": "array", "description": "Tactics for quarter 3.", "items": { "$ref": "#/definitions/tactic" } }, "q4": { "type": "array", "description": "Tactics for quarter 4.", "items": { "$ref": "#/definitions/tactic" } } } } } } } }, "property-performance": { "type": "object", "description": "Performance and satisfaction.", "additionalProperties": false, "properties": { "sales": { "type": "object", "description": "Sales this year.", "additionalProperties": false, "properties": { "target": { "type": "number", "minimum": 0, "maximum": 1e15, "description": "Sales target." }, "achieved": { "type": "number", "minimum": 0, "maximum": 1e15, "description": "Sales achieved so far." }, "forecast": { "type": "number", "minimum": 0, "maximum": 1e15, "description": "Forecast for the year." } } }, "satisfaction": { "type": "array", "description": "Customer satisfaction measurements: a survey or interview at least once a year, before the plan is renewed.", "items": { "type": "object", "description": "One measurement.", "additionalProperties": false, "properties": { "date": { "description": "When it was measured, YYYY-MM-DD.", "allOf": [{ "$ref": "#/definitions/date" }] }, "score": { "description": "Satisfaction 0..10.", "allOf": [{ "$ref": "#/definitions/score" }] }, "method": { "type": "string", "enum": ["survey", "interview"], "description": "How it was measured." }, "note": { "type": "string", "description": "What the customer said." } }, "required": ["date", "score"] } }, "alerts": { "type": "array", "description": "Early symptoms of a retention problem.", "items": { "type": "object", "description": "One alert.", "additionalProperties": false, "properties": { "date": { "description": "When it was noticed, YYYY-MM-DD.", "allOf": [{ "$ref": "#/definitions/date" }] }, "symptom": { "type": "string", "description": "What was noticed.", "minLength": 1 }, "severity": { "type": "string", "enum": ["low", "medium", "high"], "description": "How serious it is." }, "resolved": { "description": "When the alert was dealt with, YYYY-MM-DD; an alert without one (or resolved after the as-of date) is open.", "allOf": [{ "$ref": "#/definitions/date" }] } }, "required": ["date", "symptom"] } } } }, "property-forces": { "type": "object", "description": "Porter's five forces on the customer's industry, 0..10 = strength of the force: context for the attractiveness judgement.", "additionalProperties": false, "properties": { "new_entrants": { "description": "Threat of new entrants into the customer's industry. 10 = entry is easy, the threat is strong.", "allOf": [{ "$ref": "#/definitions/score" }] }, "supplier_power": { "description": "Bargaining power of the customer's suppliers. 10 = suppliers dictate terms.", "allOf": [{ "$ref": "#/definitions/score" }] }, "rivalry": { "description": "Competitive rivalry in the customer's industry. 10 = fierce rivalry.", "allOf": [{ "$ref": "#/definitions/score" }] }, "buyer_power": { "description": "Bargaining power of the customer's own buyers. 10 = their buyers dictate terms.", "allOf": [{ "$ref": "#/definitions/score" }] }, "substitutes": { "description": "Threat of substitute products to the customer's offer. 10 = substitutes are a strong threat.", "allOf": [{ "$ref": "#/definitions/score" }] } } }, "property-target": { "type": "object", "description": "Where the account should stand, and by when: the planned move on the matrix.", "additionalProperties": false, "properties": { "attractiveness": { "description": "Target attractiveness score 0..10.", "allOf": [{ "$ref": "#/definitions/score" }] }, "strength": { "description": "Target relative strength score 0..10.", "allOf": [{ "$ref": "#/definitions/score" }] }, "by": { "description": "The date the target should be reached, YYYY-MM-DD.", "allOf": [{ "$ref": "#/definitions/date" }] } } }, "property-accept": { "type": "array", "description": "Findings the team has discussed and accepted on purpose, each with its reason. An accepted finding is still shown (as accepted, with the reason) but does not count for the exit code or --max-warnings. After `until` it counts again; an acceptance that matches no finding is itself reported (unused-accept).", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "reason"], "properties": { "rule": { "type": "string", "minLength": 1, "description": "The id of the rule whose findings on this account are accepted, e.g. concentration." }, "reason": { "type": "string", "minLength": 1, "pattern": "\\S", "description": "Why the team accepts it: required, shown next to the finding." }, "until": { "description": "The last day the acceptance holds, YYYY-MM-DD; after it the finding counts again. Without it the acceptance holds until removed.", "allOf": [{ "$ref": "#/definitions/date" }] } } } } }, "properties": { "id": { "type": "string", "description": "The account's id: lowercase letters, digits and hyphens, starting with a letter or digit; unique in the portfolio.", "pattern": "^[a-z0-9][a-z0-9-]*$" }, "name": { "type": "string", "description": "The customer's name as people know it.", "minLength": 1 }, "manager": { "type": "string", "description": "The key account manager responsible for this customer." }, "industry": { "type": "string", "description": "The customer's industry, for grouping and context." }, "lifecycle": { "type": "string", "enum": ["hunt", "farm"], "description": "hunt: a new account being won (identify, pursue, close, hand over); farm: an existing account being grown (cultivate, harvest, keep harvesting)." }, "position": { "type": "string", "enum": ["strong", "good", "limited"], "description": "Our current position with the customer. strong: well entrenched, value maximised both ways; good: good relationship, room to grow by cross-selling or new divisions; limited: selling for a while, little penetration, growth unlikely unless something changes." }, "tags": { "$ref": "#/definitions/property-tags" }, "revenue": { "$ref": "#/definitions/property-revenue" }, "attractiveness": { "$ref": "#/definitions/property-attractiveness" }, "strength": { "$ref": "#/definitions/property-strength" }, "positioning": { "$ref": "#/definitions/property-positioning" }, "relationship": { "$ref": "#/definitions/property-relationship" }, "opportunities": { "$ref": "#/definitions/property-opportunities" }, "plan": { "$ref": "#/definitions/property-plan" }, "performance": { "$ref": "#/definitions/property-performance" }, "forces": { "$ref": "#/definitions/property-forces" }, "target": { "$ref": "#/definitions/property-target" }, "accept": { "$ref": "#/definitions/property-accept" } } };
var func0 = Object.prototype.hasOwnProperty;
var func1 = require_ucs2length().default;
var pattern0 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        const _errs1 = errors;
        if (typeof data[i0] !== "string") {
          validate1.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate1.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate1.errors = vErrors;
  return errors === 0;
}
function validate3(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "current" || key0 === "potential")) {
          validate3.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.current !== void 0) {
          let data0 = data.current;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (typeof data0 == "number" && isFinite(data0)) {
              if (data0 > 1e15 || isNaN(data0)) {
                validate3.errors = [{ instancePath: instancePath + "/current", schemaPath: "#/properties/current/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" }];
                return false;
              } else {
                if (data0 < 0 || isNaN(data0)) {
                  validate3.errors = [{ instancePath: instancePath + "/current", schemaPath: "#/properties/current/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                  return false;
                }
              }
            } else {
              validate3.errors = [{ instancePath: instancePath + "/current", schemaPath: "#/properties/current/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
              return false;
            }
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.potential !== void 0) {
            let data1 = data.potential;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (typeof data1 == "number" && isFinite(data1)) {
                if (data1 > 1e15 || isNaN(data1)) {
                  validate3.errors = [{ instancePath: instancePath + "/potential", schemaPath: "#/properties/potential/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" }];
                  return false;
                } else {
                  if (data1 < 0 || isNaN(data1)) {
                    validate3.errors = [{ instancePath: instancePath + "/potential", schemaPath: "#/properties/potential/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                    return false;
                  }
                }
              } else {
                validate3.errors = [{ instancePath: instancePath + "/potential", schemaPath: "#/properties/potential/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                return false;
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate3.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate3.errors = vErrors;
  return errors === 0;
}
var schema3 = { "type": "object", "description": "Customer attractiveness: how attractive this customer is to us. Each factor 0..10, 10 = most attractive; the axis is their weighted mean.", "additionalProperties": false, "properties": { "size": { "description": "How big the customer is for us: total spend in our category and share of the industry. 10 = among the largest buyers in the market.", "allOf": [{ "$ref": "#/definitions/score" }] }, "growth_potential": { "description": "How much the customer's volume is likely to grow: volume trend, acquisitions, new markets. 10 = strong, visible growth.", "allOf": [{ "$ref": "#/definitions/score" }] }, "financial_stability": { "description": "How sound the customer's finances are: credit rating, margins, payment record. 10 = very stable, no credit risk.", "allOf": [{ "$ref": "#/definitions/score" }] }, "ease_of_access": { "description": "How easily we reach the people who decide: access to decision makers and willingness to meet. 10 = open doors at every level.", "allOf": [{ "$ref": "#/definitions/score" }] }, "relationship_closeness": { "description": "How close the existing relationship is: contacts, history, goodwill. 10 = a long, close relationship already.", "allOf": [{ "$ref": "#/definitions/score" }] }, "strategic_fit": { "description": "How well the customer fits our strategy, offer, systems and processes. 10 = exactly the customers we want to serve.", "allOf": [{ "$ref": "#/definitions/score" }] }, "early_adopter": { "description": "How readily the customer takes up new offers and innovations. 10 = first to try what is new.", "allOf": [{ "$ref": "#/definitions/score" }] }, "values_offer": { "description": "How much the customer values what we offer and how relevant it is to their needs. 10 = our offer matters a lot to them.", "allOf": [{ "$ref": "#/definitions/score" }] }, "low_competition": { "description": "How little competition we face for this customer's business. 10 = hardly any competition (high competition scores low).", "allOf": [{ "$ref": "#/definitions/score" }] }, "market_standing": { "description": "The customer's standing in its market: leadership, credibility, prestige as a reference. 10 = a market leader and a reference.", "allOf": [{ "$ref": "#/definitions/score" }] } } };
function validate6(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data == "number" && isFinite(data)) {
      if (data > 10 || isNaN(data)) {
        validate6.errors = [{ instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
        return false;
      } else {
        if (data < 0 || isNaN(data)) {
          validate6.errors = [{ instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
          return false;
        }
      }
    } else {
      validate6.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
      return false;
    }
  }
  validate6.errors = vErrors;
  return errors === 0;
}
function validate5(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!func0.call(schema3.properties, key0)) {
          validate5.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.size !== void 0) {
          const _errs2 = errors;
          if (!validate6(data.size, { instancePath: instancePath + "/size", parentData: data, parentDataProperty: "size", rootData })) {
            vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.growth_potential !== void 0) {
            const _errs4 = errors;
            if (!validate6(data.growth_potential, { instancePath: instancePath + "/growth_potential", parentData: data, parentDataProperty: "growth_potential", rootData })) {
              vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.financial_stability !== void 0) {
              const _errs6 = errors;
              if (!validate6(data.financial_stability, { instancePath: instancePath + "/financial_stability", parentData: data, parentDataProperty: "financial_stability", rootData })) {
                vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.ease_of_access !== void 0) {
                const _errs8 = errors;
                if (!validate6(data.ease_of_access, { instancePath: instancePath + "/ease_of_access", parentData: data, parentDataProperty: "ease_of_access", rootData })) {
                  vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.relationship_closeness !== void 0) {
                  const _errs10 = errors;
                  if (!validate6(data.relationship_closeness, { instancePath: instancePath + "/relationship_closeness", parentData: data, parentDataProperty: "relationship_closeness", rootData })) {
                    vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.strategic_fit !== void 0) {
                    const _errs12 = errors;
                    if (!validate6(data.strategic_fit, { instancePath: instancePath + "/strategic_fit", parentData: data, parentDataProperty: "strategic_fit", rootData })) {
                      vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.early_adopter !== void 0) {
                      const _errs14 = errors;
                      if (!validate6(data.early_adopter, { instancePath: instancePath + "/early_adopter", parentData: data, parentDataProperty: "early_adopter", rootData })) {
                        vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.values_offer !== void 0) {
                        const _errs16 = errors;
                        if (!validate6(data.values_offer, { instancePath: instancePath + "/values_offer", parentData: data, parentDataProperty: "values_offer", rootData })) {
                          vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.low_competition !== void 0) {
                          const _errs18 = errors;
                          if (!validate6(data.low_competition, { instancePath: instancePath + "/low_competition", parentData: data, parentDataProperty: "low_competition", rootData })) {
                            vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs18 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.market_standing !== void 0) {
                            const _errs20 = errors;
                            if (!validate6(data.market_standing, { instancePath: instancePath + "/market_standing", parentData: data, parentDataProperty: "market_standing", rootData })) {
                              vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs20 === errors;
                          } else {
                            var valid0 = true;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate5.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate5.errors = vErrors;
  return errors === 0;
}
var schema5 = { "type": "object", "description": "Relative strength: how strong we are with this customer compared with the best competitor, as the customer sees it. Each factor 0..10; the axis is their weighted mean.", "additionalProperties": false, "properties": { "price": { "description": "Our price compared with the best competitor's, as the customer sees it. 10 = clearly the best price.", "allOf": [{ "$ref": "#/definitions/score" }] }, "service": { "description": "Our service (delivery, support, ease of doing business) compared with the best competitor. 10 = clearly the best service.", "allOf": [{ "$ref": "#/definitions/score" }] }, "people_quality": { "description": "The quality of our people the customer deals with, compared with the best competitor. 10 = clearly the best people.", "allOf": [{ "$ref": "#/definitions/score" }] }, "response_speed": { "description": "How fast we respond to requests and problems, compared with the best competitor. 10 = clearly the fastest.", "allOf": [{ "$ref": "#/definitions/score" }] }, "relationships": { "description": "The strength of our relationships and attitudes towards the customer, compared with the best competitor. 10 = clearly the strongest.", "allOf": [{ "$ref": "#/definitions/score" }] }, "innovation": { "description": "Our innovation as the customer experiences it, compared with the best competitor. 10 = clearly the most innovative.", "allOf": [{ "$ref": "#/definitions/score" }] }, "value_in_use": { "description": "The value our products create in the customer's supply chain (total cost of ownership, yield), compared with the best competitor. 10 = clearly the most value.", "allOf": [{ "$ref": "#/definitions/score" }] }, "sustainability": { "description": "Our long-term sustainability as a supplier (continuity, environmental and social standards), compared with the best competitor. 10 = clearly the most sustainable.", "allOf": [{ "$ref": "#/definitions/score" }] }, "trust": { "description": "How much the customer trusts us and has confidence in us, compared with the best competitor. 10 = the most trusted supplier.", "allOf": [{ "$ref": "#/definitions/score" }] } } };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!func0.call(schema5.properties, key0)) {
          validate18.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.price !== void 0) {
          const _errs2 = errors;
          if (!validate6(data.price, { instancePath: instancePath + "/price", parentData: data, parentDataProperty: "price", rootData })) {
            vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.service !== void 0) {
            const _errs4 = errors;
            if (!validate6(data.service, { instancePath: instancePath + "/service", parentData: data, parentDataProperty: "service", rootData })) {
              vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.people_quality !== void 0) {
              const _errs6 = errors;
              if (!validate6(data.people_quality, { instancePath: instancePath + "/people_quality", parentData: data, parentDataProperty: "people_quality", rootData })) {
                vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.response_speed !== void 0) {
                const _errs8 = errors;
                if (!validate6(data.response_speed, { instancePath: instancePath + "/response_speed", parentData: data, parentDataProperty: "response_speed", rootData })) {
                  vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.relationships !== void 0) {
                  const _errs10 = errors;
                  if (!validate6(data.relationships, { instancePath: instancePath + "/relationships", parentData: data, parentDataProperty: "relationships", rootData })) {
                    vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.innovation !== void 0) {
                    const _errs12 = errors;
                    if (!validate6(data.innovation, { instancePath: instancePath + "/innovation", parentData: data, parentDataProperty: "innovation", rootData })) {
                      vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.value_in_use !== void 0) {
                      const _errs14 = errors;
                      if (!validate6(data.value_in_use, { instancePath: instancePath + "/value_in_use", parentData: data, parentDataProperty: "value_in_use", rootData })) {
                        vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.sustainability !== void 0) {
                        const _errs16 = errors;
                        if (!validate6(data.sustainability, { instancePath: instancePath + "/sustainability", parentData: data, parentDataProperty: "sustainability", rootData })) {
                          vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.trust !== void 0) {
                          const _errs18 = errors;
                          if (!validate6(data.trust, { instancePath: instancePath + "/trust", parentData: data, parentDataProperty: "trust", rootData })) {
                            vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs18 === errors;
                        } else {
                          var valid0 = true;
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate18.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate18.errors = vErrors;
  return errors === 0;
}
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "spend" || key0 === "significance")) {
          validate29.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.spend !== void 0) {
          const _errs2 = errors;
          if (!validate6(data.spend, { instancePath: instancePath + "/spend", parentData: data, parentDataProperty: "spend", rootData })) {
            vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.significance !== void 0) {
            let data1 = data.significance;
            const _errs4 = errors;
            const _errs5 = errors;
            let valid2 = false;
            let passing0 = null;
            const _errs6 = errors;
            if (!validate6(data1, { instancePath: instancePath + "/significance", parentData: data, parentDataProperty: "significance", rootData })) {
              vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
              errors = vErrors.length;
            }
            var _valid0 = _errs6 === errors;
            if (_valid0) {
              valid2 = true;
              passing0 = 0;
            }
            const _errs7 = errors;
            if (errors === _errs7) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                if (Object.keys(data1).length < 1) {
                  const err0 = { instancePath: instancePath + "/significance", schemaPath: "#/properties/significance/oneOf/1/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                  if (vErrors === null) {
                    vErrors = [err0];
                  } else {
                    vErrors.push(err0);
                  }
                  errors++;
                } else {
                  const _errs9 = errors;
                  for (const key1 in data1) {
                    if (!(key1 === "unique_technology" || key1 === "brand" || key1 === "cost_savings" || key1 === "few_alternatives" || key1 === "switching_time" || key1 === "supplier_investment")) {
                      const err1 = { instancePath: instancePath + "/significance", schemaPath: "#/properties/significance/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err1];
                      } else {
                        vErrors.push(err1);
                      }
                      errors++;
                      break;
                    }
                  }
                  if (_errs9 === errors) {
                    if (data1.unique_technology !== void 0) {
                      const _errs10 = errors;
                      if (!validate6(data1.unique_technology, { instancePath: instancePath + "/significance/unique_technology", parentData: data1, parentDataProperty: "unique_technology", rootData })) {
                        vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                        errors = vErrors.length;
                      }
                      var valid3 = _errs10 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data1.brand !== void 0) {
                        const _errs12 = errors;
                        if (!validate6(data1.brand, { instancePath: instancePath + "/significance/brand", parentData: data1, parentDataProperty: "brand", rootData })) {
                          vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                          errors = vErrors.length;
                        }
                        var valid3 = _errs12 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data1.cost_savings !== void 0) {
                          const _errs14 = errors;
                          if (!validate6(data1.cost_savings, { instancePath: instancePath + "/significance/cost_savings", parentData: data1, parentDataProperty: "cost_savings", rootData })) {
                            vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                            errors = vErrors.length;
                          }
                          var valid3 = _errs14 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data1.few_alternatives !== void 0) {
                            const _errs16 = errors;
                            if (!validate6(data1.few_alternatives, { instancePath: instancePath + "/significance/few_alternatives", parentData: data1, parentDataProperty: "few_alternatives", rootData })) {
                              vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                              errors = vErrors.length;
                            }
                            var valid3 = _errs16 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data1.switching_time !== void 0) {
                              const _errs18 = errors;
                              if (!validate6(data1.switching_time, { instancePath: instancePath + "/significance/switching_time", parentData: data1, parentDataProperty: "switching_time", rootData })) {
                                vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                                errors = vErrors.length;
                              }
                              var valid3 = _errs18 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data1.supplier_investment !== void 0) {
                                const _errs20 = errors;
                                if (!validate6(data1.supplier_investment, { instancePath: instancePath + "/significance/supplier_investment", parentData: data1, parentDataProperty: "supplier_investment", rootData })) {
                                  vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                                  errors = vErrors.length;
                                }
                                var valid3 = _errs20 === errors;
                              } else {
                                var valid3 = true;
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              } else {
                const err2 = { instancePath: instancePath + "/significance", schemaPath: "#/properties/significance/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            var _valid0 = _errs7 === errors;
            if (_valid0 && valid2) {
              valid2 = false;
              passing0 = [passing0, 1];
            } else {
              if (_valid0) {
                valid2 = true;
                passing0 = 1;
              }
            }
            if (!valid2) {
              const err3 = { instancePath: instancePath + "/significance", schemaPath: "#/properties/significance/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
              validate29.errors = vErrors;
              return false;
            } else {
              errors = _errs5;
              if (vErrors !== null) {
                if (_errs5) {
                  vErrors.length = _errs5;
                } else {
                  vErrors = null;
                }
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate29.errors = vErrors;
  return errors === 0;
}
var schema7 = { "type": "object", "description": "The relationship with the customer (Millman & Wilson stages).", "additionalProperties": false, "properties": { "stage": { "description": "Relationship stage as we see it: exploratory (pre-trading) | basic (transactional, one contact each side) | co-operative (more contacts, limited trust) | interdependent (mutual dependency, contacts across functions) | integrated (boundaries dissolve, joint planning).", "allOf": [{ "$ref": "#/definitions/stage" }] }, "customer_view": { "description": "The relationship stage as the customer sees it, where known (survey, interview). Usually lower than ours.", "allOf": [{ "$ref": "#/definitions/stage" }] }, "perceived_level": { "type": "string", "enum": ["commodity", "product-provider", "value-add", "partner"], "description": "How the customer perceives us: commodity (price-sensitive, no loyalty) | product-provider | value-add (some loyalty) | partner (low price sensitivity, high loyalty)." }, "contacts": { "type": "array", "description": "Decision makers and influencers in the customer's power base.", "items": { "type": "object", "description": "A person at the customer.", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "The contact's name.", "minLength": 1 }, "role": { "type": "string", "description": "Job title." }, "function": { "type": "string", "description": "Business function (purchasing, engineering, finance, ...); contacts across functions make a relationship robust." }, "influence": { "type": "string", "enum": ["decision-maker", "influencer", "sponsor", "user", "gatekeeper"], "description": "The contact's part in buying decisions." }, "owner": { "type": "string", "description": "Who on our side holds this relationship." }, "agenda": { "type": "object", "description": "What drives this person.", "additionalProperties": false, "properties": { "business": { "type": "string", "description": "Their business agenda: what they must achieve for the company." }, "personal": { "type": "string", "description": "Their personal agenda: what they want for themselves." }, "recognised_by": { "type": "string", "description": "By whom they need to be recognised." }, "measured_by": { "type": "string", "description": "How they are measured." } } } }, "required": ["name"] } } } };
var schema8 = { "type": "string", "enum": ["exploratory", "basic", "co-operative", "interdependent", "integrated"] };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate40.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  if (!(data === "exploratory" || data === "basic" || data === "co-operative" || data === "interdependent" || data === "integrated")) {
    validate40.errors = [{ instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema8.enum }, message: "must be equal to one of the allowed values" }];
    return false;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "stage" || key0 === "customer_view" || key0 === "perceived_level" || key0 === "contacts")) {
          validate39.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.stage !== void 0) {
          const _errs2 = errors;
          if (!validate40(data.stage, { instancePath: instancePath + "/stage", parentData: data, parentDataProperty: "stage", rootData })) {
            vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.customer_view !== void 0) {
            const _errs4 = errors;
            if (!validate40(data.customer_view, { instancePath: instancePath + "/customer_view", parentData: data, parentDataProperty: "customer_view", rootData })) {
              vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.perceived_level !== void 0) {
              let data2 = data.perceived_level;
              const _errs6 = errors;
              if (typeof data2 !== "string") {
                validate39.errors = [{ instancePath: instancePath + "/perceived_level", schemaPath: "#/properties/perceived_level/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              if (!(data2 === "commodity" || data2 === "product-provider" || data2 === "value-add" || data2 === "partner")) {
                validate39.errors = [{ instancePath: instancePath + "/perceived_level", schemaPath: "#/properties/perceived_level/enum", keyword: "enum", params: { allowedValues: schema7.properties.perceived_level.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.contacts !== void 0) {
                let data3 = data.contacts;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (Array.isArray(data3)) {
                    var valid3 = true;
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data4 = data3[i0];
                      const _errs10 = errors;
                      if (errors === _errs10) {
                        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                          let missing0;
                          if (data4.name === void 0 && (missing0 = "name")) {
                            validate39.errors = [{ instancePath: instancePath + "/contacts/" + i0, schemaPath: "#/properties/contacts/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                            return false;
                          } else {
                            const _errs12 = errors;
                            for (const key1 in data4) {
                              if (!(key1 === "name" || key1 === "role" || key1 === "function" || key1 === "influence" || key1 === "owner" || key1 === "agenda")) {
                                validate39.errors = [{ instancePath: instancePath + "/contacts/" + i0, schemaPath: "#/properties/contacts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                return false;
                                break;
                              }
                            }
                            if (_errs12 === errors) {
                              if (data4.name !== void 0) {
                                let data5 = data4.name;
                                const _errs13 = errors;
                                if (errors === _errs13) {
                                  if (typeof data5 === "string") {
                                    if (func1(data5) < 1) {
                                      validate39.errors = [{ instancePath: instancePath + "/contacts/" + i0 + "/name", schemaPath: "#/properties/contacts/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                      return false;
                                    }
                                  } else {
                                    validate39.errors = [{ instancePath: instancePath + "/contacts/" + i0 + "/name", schemaPath: "#/properties/contacts/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                                var valid4 = _errs13 === errors;
                              } else {
                                var valid4 = true;
                              }
                              if (valid4) {
                                if (data4.role !== void 0) {
                                  const _errs15 = errors;
                                  if (typeof data4.role !== "string") {
                                    validate39.errors = [{ instancePath: instancePath + "/contacts/" + i0 + "/role", schemaPath: "#/properties/contacts/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid4 = _errs15 === errors;
                                } else {
                                  var valid4 = true;
                                }
                                if (valid4) {
                                  if (data4.function !== void 0) {
                                    const _errs17 = errors;
                                    if (typeof data4.function !== "string") {
                                      validate39.errors = [{ instancePath: instancePath + "/contacts/" + i0 + "/function", schemaPath: "#/properties/contacts/items/properties/function/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid4 = _errs17 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data4.influence !== void 0) {
                                      let data8 = data4.influence;
                                      const _errs19 = errors;
                                      if (typeof data8 !== "string") {
                                        validate39.errors = [{ instancePath: instancePath + "/contacts/" + i0 + "/influence", schemaPath: "#/properties/contacts/items/properties/influence/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      if (!(data8 === "decision-maker" || data8 === "influencer" || data8 === "sponsor" || data8 === "user" || data8 === "gatekeeper")) {
                                        validate39.errors = [{ instancePath: instancePath + "/contacts/" + i0 + "/influence", schemaPath: "#/properties/contacts/items/properties/influence/enum", keyword: "enum", params: { allowedValues: schema7.properties.contacts.items.properties.influence.enum }, message: "must be equal to one of the allowed values" }];
                                        return false;
                                      }
                                      var valid4 = _errs19 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                    if (valid4) {
                                      if (data4.owner !== void 0) {
                                        const _errs21 = errors;
                                        if (typeof data4.owner !== "string") {
                                          validate39.errors = [{ instancePath: instancePath + "/contacts/" + i0 + "/owner", schemaPath: "#/properties/contacts/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid4 = _errs21 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data4.agenda !== void 0) {
                                          let data10 = data4.agenda;
                                          const _errs23 = errors;
                                          if (errors === _errs23) {
                                            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                              const _errs25 = errors;
                                              for (const key2 in data10) {
                                                if (!(key2 === "business" || key2 === "personal" || key2 === "recognised_by" || key2 === "measured_by")) {
                                                  validate39.errors = [{ instancePath: instancePath + "/contacts/" + i0 + "/agenda", schemaPath: "#/properties/contacts/items/properties/agenda/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                                  return false;
                                                  break;
                                                }
                                              }
                                              if (_errs25 === errors) {
                                                if (data10.business !== void 0) {
                                                  const _errs26 = errors;
                                                  if (typeof data10.business !== "string") {
                                                    validate39.errors = [{ instancePath: instancePath + "/contacts/" + i0 + "/agenda/business", schemaPath: "#/properties/contacts/items/properties/agenda/properties/business/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid5 = _errs26 === errors;
                                                } else {
                                                  var valid5 = true;
                                                }
                                                if (valid5) {
                                                  if (data10.personal !== void 0) {
                                                    const _errs28 = errors;
                                                    if (typeof data10.personal !== "string") {
                                                      validate39.errors = [{ instancePath: instancePath + "/contacts/" + i0 + "/agenda/personal", schemaPath: "#/properties/contacts/items/properties/agenda/properties/personal/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid5 = _errs28 === errors;
                                                  } else {
                                                    var valid5 = true;
                                                  }
                                                  if (valid5) {
                                                    if (data10.recognised_by !== void 0) {
                                                      const _errs30 = errors;
                                                      if (typeof data10.recognised_by !== "string") {
                                                        validate39.errors = [{ instancePath: instancePath + "/contacts/" + i0 + "/agenda/recognised_by", schemaPath: "#/properties/contacts/items/properties/agenda/properties/recognised_by/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid5 = _errs30 === errors;
                                                    } else {
                                                      var valid5 = true;
                                                    }
                                                    if (valid5) {
                                                      if (data10.measured_by !== void 0) {
                                                        const _errs32 = errors;
                                                        if (typeof data10.measured_by !== "string") {
                                                          validate39.errors = [{ instancePath: instancePath + "/contacts/" + i0 + "/agenda/measured_by", schemaPath: "#/properties/contacts/items/properties/agenda/properties/measured_by/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid5 = _errs32 === errors;
                                                      } else {
                                                        var valid5 = true;
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate39.errors = [{ instancePath: instancePath + "/contacts/" + i0 + "/agenda", schemaPath: "#/properties/contacts/items/properties/agenda/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid4 = _errs23 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate39.errors = [{ instancePath: instancePath + "/contacts/" + i0, schemaPath: "#/properties/contacts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid3 = _errs10 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  } else {
                    validate39.errors = [{ instancePath: instancePath + "/contacts", schemaPath: "#/properties/contacts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate39.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate39.errors = vErrors;
  return errors === 0;
}
var schema9 = { "type": "array", "description": "The opportunity pipeline, each screened with the four go/no-go questions.", "items": { "type": "object", "description": "One opportunity.", "additionalProperties": false, "properties": { "id": { "type": "string", "description": "The opportunity's id, unique within the account.", "minLength": 1 }, "name": { "type": "string", "description": "A short name for the opportunity." }, "value": { "type": "number", "minimum": 0, "maximum": 1e15, "description": "Estimated value of the deal." }, "stage": { "type": "string", "enum": ["identified", "qualified", "pursuing", "won", "lost"], "description": "Where the opportunity is in the pipeline." }, "close": { "description": "Expected close date, YYYY-MM-DD.", "allOf": [{ "$ref": "#/definitions/date" }] }, "questions": { "type": "object", "description": "The four go/no-go questions. A no to any means no-go; four yes mean go; otherwise keep qualifying.", "additionalProperties": false, "properties": { "real": { "description": "Is it real? A real need and budget, enough volume or profit to justify the resources. yes | no | unsure (true/false accepted).", "enum": ["yes", "no", "unsure", true, false] }, "compete": { "description": "Can we compete? Our solution fits and compares well with the competitors on this deal. yes | no | unsure (true/false accepted).", "enum": ["yes", "no", "unsure", true, false] }, "win": { "description": "Can we win? We have inside support in the customer's organisation (the most overlooked question). yes | no | unsure (true/false accepted).", "enum": ["yes", "no", "unsure", true, false] }, "worth": { "description": "Is it worth winning? Profit, short- and long-term potential, strategic importance. yes | no | unsure (true/false accepted).", "enum": ["yes", "no", "unsure", true, false] } } }, "notes": { "type": "object", "description": "An optional note per go/no-go answer: the evidence behind it.", "additionalProperties": false, "properties": { "real": { "type": "string", "description": "Note on 'is it real?'." }, "compete": { "type": "string", "description": "Note on 'can we compete?'." }, "win": { "type": "string", "description": "Note on 'can we win?'." }, "worth": { "type": "string", "description": "Note on 'is it worth winning?'." } } } }, "required": ["id"] } };
var formats0 = kamFormats.date;
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (errors === 0) {
      if (typeof data === "string") {
        if (!formats0(data)) {
          validate45.errors = [{ instancePath, schemaPath: "#/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
          return false;
        }
      } else {
        validate45.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
        return false;
      }
    }
  }
  validate45.errors = vErrors;
  return errors === 0;
}
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs1 = errors;
        if (errors === _errs1) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            let missing0;
            if (data0.id === void 0 && (missing0 = "id")) {
              validate44.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
              return false;
            } else {
              const _errs3 = errors;
              for (const key0 in data0) {
                if (!(key0 === "id" || key0 === "name" || key0 === "value" || key0 === "stage" || key0 === "close" || key0 === "questions" || key0 === "notes")) {
                  validate44.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                  return false;
                  break;
                }
              }
              if (_errs3 === errors) {
                if (data0.id !== void 0) {
                  let data1 = data0.id;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (func1(data1) < 1) {
                        validate44.errors = [{ instancePath: instancePath + "/" + i0 + "/id", schemaPath: "#/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                        return false;
                      }
                    } else {
                      validate44.errors = [{ instancePath: instancePath + "/" + i0 + "/id", schemaPath: "#/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid1 = _errs4 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.name !== void 0) {
                    const _errs6 = errors;
                    if (typeof data0.name !== "string") {
                      validate44.errors = [{ instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid1 = _errs6 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.value !== void 0) {
                      let data3 = data0.value;
                      const _errs8 = errors;
                      if (errors === _errs8) {
                        if (typeof data3 == "number" && isFinite(data3)) {
                          if (data3 > 1e15 || isNaN(data3)) {
                            validate44.errors = [{ instancePath: instancePath + "/" + i0 + "/value", schemaPath: "#/items/properties/value/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" }];
                            return false;
                          } else {
                            if (data3 < 0 || isNaN(data3)) {
                              validate44.errors = [{ instancePath: instancePath + "/" + i0 + "/value", schemaPath: "#/items/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                              return false;
                            }
                          }
                        } else {
                          validate44.errors = [{ instancePath: instancePath + "/" + i0 + "/value", schemaPath: "#/items/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                          return false;
                        }
                      }
                      var valid1 = _errs8 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data0.stage !== void 0) {
                        let data4 = data0.stage;
                        const _errs10 = errors;
                        if (typeof data4 !== "string") {
                          validate44.errors = [{ instancePath: instancePath + "/" + i0 + "/stage", schemaPath: "#/items/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        if (!(data4 === "identified" || data4 === "qualified" || data4 === "pursuing" || data4 === "won" || data4 === "lost")) {
                          validate44.errors = [{ instancePath: instancePath + "/" + i0 + "/stage", schemaPath: "#/items/properties/stage/enum", keyword: "enum", params: { allowedValues: schema9.items.properties.stage.enum }, message: "must be equal to one of the allowed values" }];
                          return false;
                        }
                        var valid1 = _errs10 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data0.close !== void 0) {
                          const _errs12 = errors;
                          if (!validate45(data0.close, { instancePath: instancePath + "/" + i0 + "/close", parentData: data0, parentDataProperty: "close", rootData })) {
                            vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
                            errors = vErrors.length;
                          }
                          var valid1 = _errs12 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data0.questions !== void 0) {
                            let data6 = data0.questions;
                            const _errs14 = errors;
                            if (errors === _errs14) {
                              if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                                const _errs16 = errors;
                                for (const key1 in data6) {
                                  if (!(key1 === "real" || key1 === "compete" || key1 === "win" || key1 === "worth")) {
                                    validate44.errors = [{ instancePath: instancePath + "/" + i0 + "/questions", schemaPath: "#/items/properties/questions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs16 === errors) {
                                  if (data6.real !== void 0) {
                                    let data7 = data6.real;
                                    const _errs17 = errors;
                                    if (!(data7 === "yes" || data7 === "no" || data7 === "unsure" || data7 === true || data7 === false)) {
                                      validate44.errors = [{ instancePath: instancePath + "/" + i0 + "/questions/real", schemaPath: "#/items/properties/questions/properties/real/enum", keyword: "enum", params: { allowedValues: schema9.items.properties.questions.properties.real.enum }, message: "must be equal to one of the allowed values" }];
                                      return false;
                                    }
                                    var valid3 = _errs17 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data6.compete !== void 0) {
                                      let data8 = data6.compete;
                                      const _errs18 = errors;
                                      if (!(data8 === "yes" || data8 === "no" || data8 === "unsure" || data8 === true || data8 === false)) {
                                        validate44.errors = [{ instancePath: instancePath + "/" + i0 + "/questions/compete", schemaPath: "#/items/properties/questions/properties/compete/enum", keyword: "enum", params: { allowedValues: schema9.items.properties.questions.properties.compete.enum }, message: "must be equal to one of the allowed values" }];
                                        return false;
                                      }
                                      var valid3 = _errs18 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data6.win !== void 0) {
                                        let data9 = data6.win;
                                        const _errs19 = errors;
                                        if (!(data9 === "yes" || data9 === "no" || data9 === "unsure" || data9 === true || data9 === false)) {
                                          validate44.errors = [{ instancePath: instancePath + "/" + i0 + "/questions/win", schemaPath: "#/items/properties/questions/properties/win/enum", keyword: "enum", params: { allowedValues: schema9.items.properties.questions.properties.win.enum }, message: "must be equal to one of the allowed values" }];
                                          return false;
                                        }
                                        var valid3 = _errs19 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                      if (valid3) {
                                        if (data6.worth !== void 0) {
                                          let data10 = data6.worth;
                                          const _errs20 = errors;
                                          if (!(data10 === "yes" || data10 === "no" || data10 === "unsure" || data10 === true || data10 === false)) {
                                            validate44.errors = [{ instancePath: instancePath + "/" + i0 + "/questions/worth", schemaPath: "#/items/properties/questions/properties/worth/enum", keyword: "enum", params: { allowedValues: schema9.items.properties.questions.properties.worth.enum }, message: "must be equal to one of the allowed values" }];
                                            return false;
                                          }
                                          var valid3 = _errs20 === errors;
                                        } else {
                                          var valid3 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate44.errors = [{ instancePath: instancePath + "/" + i0 + "/questions", schemaPath: "#/items/properties/questions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid1 = _errs14 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data0.notes !== void 0) {
                              let data11 = data0.notes;
                              const _errs21 = errors;
                              if (errors === _errs21) {
                                if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                  const _errs23 = errors;
                                  for (const key2 in data11) {
                                    if (!(key2 === "real" || key2 === "compete" || key2 === "win" || key2 === "worth")) {
                                      validate44.errors = [{ instancePath: instancePath + "/" + i0 + "/notes", schemaPath: "#/items/properties/notes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                      return false;
                                      break;
                                    }
                                  }
                                  if (_errs23 === errors) {
                                    if (data11.real !== void 0) {
                                      const _errs24 = errors;
                                      if (typeof data11.real !== "string") {
                                        validate44.errors = [{ instancePath: instancePath + "/" + i0 + "/notes/real", schemaPath: "#/items/properties/notes/properties/real/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid4 = _errs24 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                    if (valid4) {
                                      if (data11.compete !== void 0) {
                                        const _errs26 = errors;
                                        if (typeof data11.compete !== "string") {
                                          validate44.errors = [{ instancePath: instancePath + "/" + i0 + "/notes/compete", schemaPath: "#/items/properties/notes/properties/compete/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid4 = _errs26 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data11.win !== void 0) {
                                          const _errs28 = errors;
                                          if (typeof data11.win !== "string") {
                                            validate44.errors = [{ instancePath: instancePath + "/" + i0 + "/notes/win", schemaPath: "#/items/properties/notes/properties/win/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid4 = _errs28 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                        if (valid4) {
                                          if (data11.worth !== void 0) {
                                            const _errs30 = errors;
                                            if (typeof data11.worth !== "string") {
                                              validate44.errors = [{ instancePath: instancePath + "/" + i0 + "/notes/worth", schemaPath: "#/items/properties/notes/properties/worth/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid4 = _errs30 === errors;
                                          } else {
                                            var valid4 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate44.errors = [{ instancePath: instancePath + "/" + i0 + "/notes", schemaPath: "#/items/properties/notes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid1 = _errs21 === errors;
                            } else {
                              var valid1 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          } else {
            validate44.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate44.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate44.errors = vErrors;
  return errors === 0;
}
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (errors === _errs3) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.action === void 0 && (missing0 = "action")) {
        const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      } else {
        const _errs5 = errors;
        for (const key0 in data) {
          if (!(key0 === "action" || key0 === "owner" || key0 === "due" || key0 === "done")) {
            const err2 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break;
          }
        }
        if (_errs5 === errors) {
          if (data.action !== void 0) {
            let data0 = data.action;
            const _errs6 = errors;
            if (errors === _errs6) {
              if (typeof data0 === "string") {
                if (func1(data0) < 1) {
                  const err3 = { instancePath: instancePath + "/action", schemaPath: "#/oneOf/1/properties/action/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
              } else {
                const err4 = { instancePath: instancePath + "/action", schemaPath: "#/oneOf/1/properties/action/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            var valid1 = _errs6 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.owner !== void 0) {
              const _errs8 = errors;
              if (typeof data.owner !== "string") {
                const err5 = { instancePath: instancePath + "/owner", schemaPath: "#/oneOf/1/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
              var valid1 = _errs8 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.due !== void 0) {
                const _errs10 = errors;
                if (!validate45(data.due, { instancePath: instancePath + "/due", parentData: data, parentDataProperty: "due", rootData })) {
                  vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs10 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.done !== void 0) {
                  const _errs12 = errors;
                  if (typeof data.done !== "boolean") {
                    const err6 = { instancePath: instancePath + "/done", schemaPath: "#/oneOf/1/properties/done/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                  var valid1 = _errs12 === errors;
                } else {
                  var valid1 = true;
                }
              }
            }
          }
        }
      }
    } else {
      const err7 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err8 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
    validate49.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate49.errors = vErrors;
  return errors === 0;
}
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "charter" || key0 === "development")) {
          validate48.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.charter !== void 0) {
          let data0 = data.charter;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              const _errs4 = errors;
              for (const key1 in data0) {
                if (!(key1 === "situation" || key1 === "objectives" || key1 === "initiatives" || key1 === "barriers" || key1 === "enablers")) {
                  validate48.errors = [{ instancePath: instancePath + "/charter", schemaPath: "#/properties/charter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                  return false;
                  break;
                }
              }
              if (_errs4 === errors) {
                if (data0.situation !== void 0) {
                  const _errs5 = errors;
                  if (typeof data0.situation !== "string") {
                    validate48.errors = [{ instancePath: instancePath + "/charter/situation", schemaPath: "#/properties/charter/properties/situation/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid1 = _errs5 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.objectives !== void 0) {
                    let data2 = data0.objectives;
                    const _errs7 = errors;
                    if (errors === _errs7) {
                      if (Array.isArray(data2)) {
                        var valid2 = true;
                        const len0 = data2.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs9 = errors;
                          if (typeof data2[i0] !== "string") {
                            validate48.errors = [{ instancePath: instancePath + "/charter/objectives/" + i0, schemaPath: "#/properties/charter/properties/objectives/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid2 = _errs9 === errors;
                          if (!valid2) {
                            break;
                          }
                        }
                      } else {
                        validate48.errors = [{ instancePath: instancePath + "/charter/objectives", schemaPath: "#/properties/charter/properties/objectives/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid1 = _errs7 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.initiatives !== void 0) {
                      let data4 = data0.initiatives;
                      const _errs11 = errors;
                      if (errors === _errs11) {
                        if (Array.isArray(data4)) {
                          var valid3 = true;
                          const len1 = data4.length;
                          for (let i1 = 0; i1 < len1; i1++) {
                            const _errs13 = errors;
                            if (typeof data4[i1] !== "string") {
                              validate48.errors = [{ instancePath: instancePath + "/charter/initiatives/" + i1, schemaPath: "#/properties/charter/properties/initiatives/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs13 === errors;
                            if (!valid3) {
                              break;
                            }
                          }
                        } else {
                          validate48.errors = [{ instancePath: instancePath + "/charter/initiatives", schemaPath: "#/properties/charter/properties/initiatives/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid1 = _errs11 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data0.barriers !== void 0) {
                        let data6 = data0.barriers;
                        const _errs15 = errors;
                        if (errors === _errs15) {
                          if (Array.isArray(data6)) {
                            var valid4 = true;
                            const len2 = data6.length;
                            for (let i2 = 0; i2 < len2; i2++) {
                              const _errs17 = errors;
                              if (typeof data6[i2] !== "string") {
                                validate48.errors = [{ instancePath: instancePath + "/charter/barriers/" + i2, schemaPath: "#/properties/charter/properties/barriers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid4 = _errs17 === errors;
                              if (!valid4) {
                                break;
                              }
                            }
                          } else {
                            validate48.errors = [{ instancePath: instancePath + "/charter/barriers", schemaPath: "#/properties/charter/properties/barriers/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid1 = _errs15 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data0.enablers !== void 0) {
                          let data8 = data0.enablers;
                          const _errs19 = errors;
                          if (errors === _errs19) {
                            if (Array.isArray(data8)) {
                              var valid5 = true;
                              const len3 = data8.length;
                              for (let i3 = 0; i3 < len3; i3++) {
                                const _errs21 = errors;
                                if (typeof data8[i3] !== "string") {
                                  validate48.errors = [{ instancePath: instancePath + "/charter/enablers/" + i3, schemaPath: "#/properties/charter/properties/enablers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid5 = _errs21 === errors;
                                if (!valid5) {
                                  break;
                                }
                              }
                            } else {
                              validate48.errors = [{ instancePath: instancePath + "/charter/enablers", schemaPath: "#/properties/charter/properties/enablers/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid1 = _errs19 === errors;
                        } else {
                          var valid1 = true;
                        }
                      }
                    }
                  }
                }
              }
            } else {
              validate48.errors = [{ instancePath: instancePath + "/charter", schemaPath: "#/properties/charter/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.development !== void 0) {
            let data10 = data.development;
            const _errs23 = errors;
            if (errors === _errs23) {
              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                const _errs25 = errors;
                for (const key2 in data10) {
                  if (!(key2 === "objectives" || key2 === "strategies" || key2 === "tactics")) {
                    validate48.errors = [{ instancePath: instancePath + "/development", schemaPath: "#/properties/development/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                  }
                }
                if (_errs25 === errors) {
                  if (data10.objectives !== void 0) {
                    let data11 = data10.objectives;
                    const _errs26 = errors;
                    if (errors === _errs26) {
                      if (Array.isArray(data11)) {
                        var valid7 = true;
                        const len4 = data11.length;
                        for (let i4 = 0; i4 < len4; i4++) {
                          const _errs28 = errors;
                          if (typeof data11[i4] !== "string") {
                            validate48.errors = [{ instancePath: instancePath + "/development/objectives/" + i4, schemaPath: "#/properties/development/properties/objectives/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid7 = _errs28 === errors;
                          if (!valid7) {
                            break;
                          }
                        }
                      } else {
                        validate48.errors = [{ instancePath: instancePath + "/development/objectives", schemaPath: "#/properties/development/properties/objectives/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid6 = _errs26 === errors;
                  } else {
                    var valid6 = true;
                  }
                  if (valid6) {
                    if (data10.strategies !== void 0) {
                      let data13 = data10.strategies;
                      const _errs30 = errors;
                      if (errors === _errs30) {
                        if (Array.isArray(data13)) {
                          var valid8 = true;
                          const len5 = data13.length;
                          for (let i5 = 0; i5 < len5; i5++) {
                            const _errs32 = errors;
                            if (typeof data13[i5] !== "string") {
                              validate48.errors = [{ instancePath: instancePath + "/development/strategies/" + i5, schemaPath: "#/properties/development/properties/strategies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid8 = _errs32 === errors;
                            if (!valid8) {
                              break;
                            }
                          }
                        } else {
                          validate48.errors = [{ instancePath: instancePath + "/development/strategies", schemaPath: "#/properties/development/properties/strategies/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid6 = _errs30 === errors;
                    } else {
                      var valid6 = true;
                    }
                    if (valid6) {
                      if (data10.tactics !== void 0) {
                        let data15 = data10.tactics;
                        const _errs34 = errors;
                        if (errors === _errs34) {
                          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                            const _errs36 = errors;
                            for (const key3 in data15) {
                              if (!(key3 === "q1" || key3 === "q2" || key3 === "q3" || key3 === "q4")) {
                                validate48.errors = [{ instancePath: instancePath + "/development/tactics", schemaPath: "#/properties/development/properties/tactics/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                return false;
                                break;
                              }
                            }
                            if (_errs36 === errors) {
                              if (data15.q1 !== void 0) {
                                let data16 = data15.q1;
                                const _errs37 = errors;
                                if (errors === _errs37) {
                                  if (Array.isArray(data16)) {
                                    var valid10 = true;
                                    const len6 = data16.length;
                                    for (let i6 = 0; i6 < len6; i6++) {
                                      const _errs39 = errors;
                                      if (!validate49(data16[i6], { instancePath: instancePath + "/development/tactics/q1/" + i6, parentData: data16, parentDataProperty: i6, rootData })) {
                                        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid10 = _errs39 === errors;
                                      if (!valid10) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate48.errors = [{ instancePath: instancePath + "/development/tactics/q1", schemaPath: "#/properties/development/properties/tactics/properties/q1/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid9 = _errs37 === errors;
                              } else {
                                var valid9 = true;
                              }
                              if (valid9) {
                                if (data15.q2 !== void 0) {
                                  let data18 = data15.q2;
                                  const _errs40 = errors;
                                  if (errors === _errs40) {
                                    if (Array.isArray(data18)) {
                                      var valid11 = true;
                                      const len7 = data18.length;
                                      for (let i7 = 0; i7 < len7; i7++) {
                                        const _errs42 = errors;
                                        if (!validate49(data18[i7], { instancePath: instancePath + "/development/tactics/q2/" + i7, parentData: data18, parentDataProperty: i7, rootData })) {
                                          vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
                                          errors = vErrors.length;
                                        }
                                        var valid11 = _errs42 === errors;
                                        if (!valid11) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate48.errors = [{ instancePath: instancePath + "/development/tactics/q2", schemaPath: "#/properties/development/properties/tactics/properties/q2/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid9 = _errs40 === errors;
                                } else {
                                  var valid9 = true;
                                }
                                if (valid9) {
                                  if (data15.q3 !== void 0) {
                                    let data20 = data15.q3;
                                    const _errs43 = errors;
                                    if (errors === _errs43) {
                                      if (Array.isArray(data20)) {
                                        var valid12 = true;
                                        const len8 = data20.length;
                                        for (let i8 = 0; i8 < len8; i8++) {
                                          const _errs45 = errors;
                                          if (!validate49(data20[i8], { instancePath: instancePath + "/development/tactics/q3/" + i8, parentData: data20, parentDataProperty: i8, rootData })) {
                                            vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid12 = _errs45 === errors;
                                          if (!valid12) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate48.errors = [{ instancePath: instancePath + "/development/tactics/q3", schemaPath: "#/properties/development/properties/tactics/properties/q3/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid9 = _errs43 === errors;
                                  } else {
                                    var valid9 = true;
                                  }
                                  if (valid9) {
                                    if (data15.q4 !== void 0) {
                                      let data22 = data15.q4;
                                      const _errs46 = errors;
                                      if (errors === _errs46) {
                                        if (Array.isArray(data22)) {
                                          var valid13 = true;
                                          const len9 = data22.length;
                                          for (let i9 = 0; i9 < len9; i9++) {
                                            const _errs48 = errors;
                                            if (!validate49(data22[i9], { instancePath: instancePath + "/development/tactics/q4/" + i9, parentData: data22, parentDataProperty: i9, rootData })) {
                                              vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
                                              errors = vErrors.length;
                                            }
                                            var valid13 = _errs48 === errors;
                                            if (!valid13) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate48.errors = [{ instancePath: instancePath + "/development/tactics/q4", schemaPath: "#/properties/development/properties/tactics/properties/q4/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid9 = _errs46 === errors;
                                    } else {
                                      var valid9 = true;
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            validate48.errors = [{ instancePath: instancePath + "/development/tactics", schemaPath: "#/properties/development/properties/tactics/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid6 = _errs34 === errors;
                      } else {
                        var valid6 = true;
                      }
                    }
                  }
                }
              } else {
                validate48.errors = [{ instancePath: instancePath + "/development", schemaPath: "#/properties/development/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs23 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate48.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate48.errors = vErrors;
  return errors === 0;
}
var schema13 = { "type": "object", "description": "Performance and satisfaction.", "additionalProperties": false, "properties": { "sales": { "type": "object", "description": "Sales this year.", "additionalProperties": false, "properties": { "target": { "type": "number", "minimum": 0, "maximum": 1e15, "description": "Sales target." }, "achieved": { "type": "number", "minimum": 0, "maximum": 1e15, "description": "Sales achieved so far." }, "forecast": { "type": "number", "minimum": 0, "maximum": 1e15, "description": "Forecast for the year." } } }, "satisfaction": { "type": "array", "description": "Customer satisfaction measurements: a survey or interview at least once a year, before the plan is renewed.", "items": { "type": "object", "description": "One measurement.", "additionalProperties": false, "properties": { "date": { "description": "When it was measured, YYYY-MM-DD.", "allOf": [{ "$ref": "#/definitions/date" }] }, "score": { "description": "Satisfaction 0..10.", "allOf": [{ "$ref": "#/definitions/score" }] }, "method": { "type": "string", "enum": ["survey", "interview"], "description": "How it was measured." }, "note": { "type": "string", "description": "What the customer said." } }, "required": ["date", "score"] } }, "alerts": { "type": "array", "description": "Early symptoms of a retention problem.", "items": { "type": "object", "description": "One alert.", "additionalProperties": false, "properties": { "date": { "description": "When it was noticed, YYYY-MM-DD.", "allOf": [{ "$ref": "#/definitions/date" }] }, "symptom": { "type": "string", "description": "What was noticed.", "minLength": 1 }, "severity": { "type": "string", "enum": ["low", "medium", "high"], "description": "How serious it is." }, "resolved": { "description": "When the alert was dealt with, YYYY-MM-DD; an alert without one (or resolved after the as-of date) is open.", "allOf": [{ "$ref": "#/definitions/date" }] } }, "required": ["date", "symptom"] } } } };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "sales" || key0 === "satisfaction" || key0 === "alerts")) {
          validate56.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.sales !== void 0) {
          let data0 = data.sales;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              const _errs4 = errors;
              for (const key1 in data0) {
                if (!(key1 === "target" || key1 === "achieved" || key1 === "forecast")) {
                  validate56.errors = [{ instancePath: instancePath + "/sales", schemaPath: "#/properties/sales/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                  return false;
                  break;
                }
              }
              if (_errs4 === errors) {
                if (data0.target !== void 0) {
                  let data1 = data0.target;
                  const _errs5 = errors;
                  if (errors === _errs5) {
                    if (typeof data1 == "number" && isFinite(data1)) {
                      if (data1 > 1e15 || isNaN(data1)) {
                        validate56.errors = [{ instancePath: instancePath + "/sales/target", schemaPath: "#/properties/sales/properties/target/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" }];
                        return false;
                      } else {
                        if (data1 < 0 || isNaN(data1)) {
                          validate56.errors = [{ instancePath: instancePath + "/sales/target", schemaPath: "#/properties/sales/properties/target/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                          return false;
                        }
                      }
                    } else {
                      validate56.errors = [{ instancePath: instancePath + "/sales/target", schemaPath: "#/properties/sales/properties/target/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                      return false;
                    }
                  }
                  var valid1 = _errs5 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.achieved !== void 0) {
                    let data2 = data0.achieved;
                    const _errs7 = errors;
                    if (errors === _errs7) {
                      if (typeof data2 == "number" && isFinite(data2)) {
                        if (data2 > 1e15 || isNaN(data2)) {
                          validate56.errors = [{ instancePath: instancePath + "/sales/achieved", schemaPath: "#/properties/sales/properties/achieved/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" }];
                          return false;
                        } else {
                          if (data2 < 0 || isNaN(data2)) {
                            validate56.errors = [{ instancePath: instancePath + "/sales/achieved", schemaPath: "#/properties/sales/properties/achieved/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                            return false;
                          }
                        }
                      } else {
                        validate56.errors = [{ instancePath: instancePath + "/sales/achieved", schemaPath: "#/properties/sales/properties/achieved/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                        return false;
                      }
                    }
                    var valid1 = _errs7 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.forecast !== void 0) {
                      let data3 = data0.forecast;
                      const _errs9 = errors;
                      if (errors === _errs9) {
                        if (typeof data3 == "number" && isFinite(data3)) {
                          if (data3 > 1e15 || isNaN(data3)) {
                            validate56.errors = [{ instancePath: instancePath + "/sales/forecast", schemaPath: "#/properties/sales/properties/forecast/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" }];
                            return false;
                          } else {
                            if (data3 < 0 || isNaN(data3)) {
                              validate56.errors = [{ instancePath: instancePath + "/sales/forecast", schemaPath: "#/properties/sales/properties/forecast/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                              return false;
                            }
                          }
                        } else {
                          validate56.errors = [{ instancePath: instancePath + "/sales/forecast", schemaPath: "#/properties/sales/properties/forecast/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                          return false;
                        }
                      }
                      var valid1 = _errs9 === errors;
                    } else {
                      var valid1 = true;
                    }
                  }
                }
              }
            } else {
              validate56.errors = [{ instancePath: instancePath + "/sales", schemaPath: "#/properties/sales/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.satisfaction !== void 0) {
            let data4 = data.satisfaction;
            const _errs11 = errors;
            if (errors === _errs11) {
              if (Array.isArray(data4)) {
                var valid2 = true;
                const len0 = data4.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data5 = data4[i0];
                  const _errs13 = errors;
                  if (errors === _errs13) {
                    if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                      let missing0;
                      if (data5.date === void 0 && (missing0 = "date") || data5.score === void 0 && (missing0 = "score")) {
                        validate56.errors = [{ instancePath: instancePath + "/satisfaction/" + i0, schemaPath: "#/properties/satisfaction/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                        return false;
                      } else {
                        const _errs15 = errors;
                        for (const key2 in data5) {
                          if (!(key2 === "date" || key2 === "score" || key2 === "method" || key2 === "note")) {
                            validate56.errors = [{ instancePath: instancePath + "/satisfaction/" + i0, schemaPath: "#/properties/satisfaction/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                            return false;
                            break;
                          }
                        }
                        if (_errs15 === errors) {
                          if (data5.date !== void 0) {
                            const _errs16 = errors;
                            if (!validate45(data5.date, { instancePath: instancePath + "/satisfaction/" + i0 + "/date", parentData: data5, parentDataProperty: "date", rootData })) {
                              vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
                              errors = vErrors.length;
                            }
                            var valid3 = _errs16 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data5.score !== void 0) {
                              const _errs18 = errors;
                              if (!validate6(data5.score, { instancePath: instancePath + "/satisfaction/" + i0 + "/score", parentData: data5, parentDataProperty: "score", rootData })) {
                                vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                                errors = vErrors.length;
                              }
                              var valid3 = _errs18 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data5.method !== void 0) {
                                let data8 = data5.method;
                                const _errs20 = errors;
                                if (typeof data8 !== "string") {
                                  validate56.errors = [{ instancePath: instancePath + "/satisfaction/" + i0 + "/method", schemaPath: "#/properties/satisfaction/items/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                if (!(data8 === "survey" || data8 === "interview")) {
                                  validate56.errors = [{ instancePath: instancePath + "/satisfaction/" + i0 + "/method", schemaPath: "#/properties/satisfaction/items/properties/method/enum", keyword: "enum", params: { allowedValues: schema13.properties.satisfaction.items.properties.method.enum }, message: "must be equal to one of the allowed values" }];
                                  return false;
                                }
                                var valid3 = _errs20 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data5.note !== void 0) {
                                  const _errs22 = errors;
                                  if (typeof data5.note !== "string") {
                                    validate56.errors = [{ instancePath: instancePath + "/satisfaction/" + i0 + "/note", schemaPath: "#/properties/satisfaction/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid3 = _errs22 === errors;
                                } else {
                                  var valid3 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate56.errors = [{ instancePath: instancePath + "/satisfaction/" + i0, schemaPath: "#/properties/satisfaction/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid2 = _errs13 === errors;
                  if (!valid2) {
                    break;
                  }
                }
              } else {
                validate56.errors = [{ instancePath: instancePath + "/satisfaction", schemaPath: "#/properties/satisfaction/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs11 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.alerts !== void 0) {
              let data10 = data.alerts;
              const _errs24 = errors;
              if (errors === _errs24) {
                if (Array.isArray(data10)) {
                  var valid6 = true;
                  const len1 = data10.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    let data11 = data10[i1];
                    const _errs26 = errors;
                    if (errors === _errs26) {
                      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                        let missing1;
                        if (data11.date === void 0 && (missing1 = "date") || data11.symptom === void 0 && (missing1 = "symptom")) {
                          validate56.errors = [{ instancePath: instancePath + "/alerts/" + i1, schemaPath: "#/properties/alerts/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                          return false;
                        } else {
                          const _errs28 = errors;
                          for (const key3 in data11) {
                            if (!(key3 === "date" || key3 === "symptom" || key3 === "severity" || key3 === "resolved")) {
                              validate56.errors = [{ instancePath: instancePath + "/alerts/" + i1, schemaPath: "#/properties/alerts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                              return false;
                              break;
                            }
                          }
                          if (_errs28 === errors) {
                            if (data11.date !== void 0) {
                              const _errs29 = errors;
                              if (!validate45(data11.date, { instancePath: instancePath + "/alerts/" + i1 + "/date", parentData: data11, parentDataProperty: "date", rootData })) {
                                vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
                                errors = vErrors.length;
                              }
                              var valid7 = _errs29 === errors;
                            } else {
                              var valid7 = true;
                            }
                            if (valid7) {
                              if (data11.symptom !== void 0) {
                                let data13 = data11.symptom;
                                const _errs31 = errors;
                                if (errors === _errs31) {
                                  if (typeof data13 === "string") {
                                    if (func1(data13) < 1) {
                                      validate56.errors = [{ instancePath: instancePath + "/alerts/" + i1 + "/symptom", schemaPath: "#/properties/alerts/items/properties/symptom/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                      return false;
                                    }
                                  } else {
                                    validate56.errors = [{ instancePath: instancePath + "/alerts/" + i1 + "/symptom", schemaPath: "#/properties/alerts/items/properties/symptom/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                                var valid7 = _errs31 === errors;
                              } else {
                                var valid7 = true;
                              }
                              if (valid7) {
                                if (data11.severity !== void 0) {
                                  let data14 = data11.severity;
                                  const _errs33 = errors;
                                  if (typeof data14 !== "string") {
                                    validate56.errors = [{ instancePath: instancePath + "/alerts/" + i1 + "/severity", schemaPath: "#/properties/alerts/items/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  if (!(data14 === "low" || data14 === "medium" || data14 === "high")) {
                                    validate56.errors = [{ instancePath: instancePath + "/alerts/" + i1 + "/severity", schemaPath: "#/properties/alerts/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema13.properties.alerts.items.properties.severity.enum }, message: "must be equal to one of the allowed values" }];
                                    return false;
                                  }
                                  var valid7 = _errs33 === errors;
                                } else {
                                  var valid7 = true;
                                }
                                if (valid7) {
                                  if (data11.resolved !== void 0) {
                                    const _errs35 = errors;
                                    if (!validate45(data11.resolved, { instancePath: instancePath + "/alerts/" + i1 + "/resolved", parentData: data11, parentDataProperty: "resolved", rootData })) {
                                      vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid7 = _errs35 === errors;
                                  } else {
                                    var valid7 = true;
                                  }
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate56.errors = [{ instancePath: instancePath + "/alerts/" + i1, schemaPath: "#/properties/alerts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid6 = _errs26 === errors;
                    if (!valid6) {
                      break;
                    }
                  }
                } else {
                  validate56.errors = [{ instancePath: instancePath + "/alerts", schemaPath: "#/properties/alerts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs24 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate56.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate56.errors = vErrors;
  return errors === 0;
}
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "new_entrants" || key0 === "supplier_power" || key0 === "rivalry" || key0 === "buyer_power" || key0 === "substitutes")) {
          validate62.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.new_entrants !== void 0) {
          const _errs2 = errors;
          if (!validate6(data.new_entrants, { instancePath: instancePath + "/new_entrants", parentData: data, parentDataProperty: "new_entrants", rootData })) {
            vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.supplier_power !== void 0) {
            const _errs4 = errors;
            if (!validate6(data.supplier_power, { instancePath: instancePath + "/supplier_power", parentData: data, parentDataProperty: "supplier_power", rootData })) {
              vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.rivalry !== void 0) {
              const _errs6 = errors;
              if (!validate6(data.rivalry, { instancePath: instancePath + "/rivalry", parentData: data, parentDataProperty: "rivalry", rootData })) {
                vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.buyer_power !== void 0) {
                const _errs8 = errors;
                if (!validate6(data.buyer_power, { instancePath: instancePath + "/buyer_power", parentData: data, parentDataProperty: "buyer_power", rootData })) {
                  vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.substitutes !== void 0) {
                  const _errs10 = errors;
                  if (!validate6(data.substitutes, { instancePath: instancePath + "/substitutes", parentData: data, parentDataProperty: "substitutes", rootData })) {
                    vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate62.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate62.errors = vErrors;
  return errors === 0;
}
function validate69(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "attractiveness" || key0 === "strength" || key0 === "by")) {
          validate69.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.attractiveness !== void 0) {
          const _errs2 = errors;
          if (!validate6(data.attractiveness, { instancePath: instancePath + "/attractiveness", parentData: data, parentDataProperty: "attractiveness", rootData })) {
            vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.strength !== void 0) {
            const _errs4 = errors;
            if (!validate6(data.strength, { instancePath: instancePath + "/strength", parentData: data, parentDataProperty: "strength", rootData })) {
              vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.by !== void 0) {
              const _errs6 = errors;
              if (!validate45(data.by, { instancePath: instancePath + "/by", parentData: data, parentDataProperty: "by", rootData })) {
                vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate69.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate69.errors = vErrors;
  return errors === 0;
}
var pattern1 = new RegExp("\\S", "u");
function validate74(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs1 = errors;
        if (errors === _errs1) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            let missing0;
            if (data0.rule === void 0 && (missing0 = "rule") || data0.reason === void 0 && (missing0 = "reason")) {
              validate74.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
              return false;
            } else {
              const _errs3 = errors;
              for (const key0 in data0) {
                if (!(key0 === "rule" || key0 === "reason" || key0 === "until")) {
                  validate74.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                  return false;
                  break;
                }
              }
              if (_errs3 === errors) {
                if (data0.rule !== void 0) {
                  let data1 = data0.rule;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (func1(data1) < 1) {
                        validate74.errors = [{ instancePath: instancePath + "/" + i0 + "/rule", schemaPath: "#/items/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                        return false;
                      }
                    } else {
                      validate74.errors = [{ instancePath: instancePath + "/" + i0 + "/rule", schemaPath: "#/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid1 = _errs4 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.reason !== void 0) {
                    let data2 = data0.reason;
                    const _errs6 = errors;
                    if (errors === _errs6) {
                      if (typeof data2 === "string") {
                        if (func1(data2) < 1) {
                          validate74.errors = [{ instancePath: instancePath + "/" + i0 + "/reason", schemaPath: "#/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                          return false;
                        } else {
                          if (!pattern1.test(data2)) {
                            validate74.errors = [{ instancePath: instancePath + "/" + i0 + "/reason", schemaPath: "#/items/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                            return false;
                          }
                        }
                      } else {
                        validate74.errors = [{ instancePath: instancePath + "/" + i0 + "/reason", schemaPath: "#/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid1 = _errs6 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.until !== void 0) {
                      const _errs8 = errors;
                      if (!validate45(data0.until, { instancePath: instancePath + "/" + i0 + "/until", parentData: data0, parentDataProperty: "until", rootData })) {
                        vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
                        errors = vErrors.length;
                      }
                      var valid1 = _errs8 === errors;
                    } else {
                      var valid1 = true;
                    }
                  }
                }
              }
            }
          } else {
            validate74.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate74.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate74.errors = vErrors;
  return errors === 0;
}
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.id === void 0 && (missing0 = "id") || data.name === void 0 && (missing0 = "name")) {
        validate0.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func0.call(schema0.properties, key0)) {
            validate0.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.id !== void 0) {
            let data0 = data.id;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data0 === "string") {
                if (!pattern0.test(data0)) {
                  validate0.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"' }];
                  return false;
                }
              } else {
                validate0.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.name !== void 0) {
              let data1 = data.name;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data1 === "string") {
                  if (func1(data1) < 1) {
                    validate0.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate0.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.manager !== void 0) {
                const _errs6 = errors;
                if (typeof data.manager !== "string") {
                  validate0.errors = [{ instancePath: instancePath + "/manager", schemaPath: "#/properties/manager/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.industry !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.industry !== "string") {
                    validate0.errors = [{ instancePath: instancePath + "/industry", schemaPath: "#/properties/industry/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.lifecycle !== void 0) {
                    let data4 = data.lifecycle;
                    const _errs10 = errors;
                    if (typeof data4 !== "string") {
                      validate0.errors = [{ instancePath: instancePath + "/lifecycle", schemaPath: "#/properties/lifecycle/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    if (!(data4 === "hunt" || data4 === "farm")) {
                      validate0.errors = [{ instancePath: instancePath + "/lifecycle", schemaPath: "#/properties/lifecycle/enum", keyword: "enum", params: { allowedValues: schema0.properties.lifecycle.enum }, message: "must be equal to one of the allowed values" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.position !== void 0) {
                      let data5 = data.position;
                      const _errs12 = errors;
                      if (typeof data5 !== "string") {
                        validate0.errors = [{ instancePath: instancePath + "/position", schemaPath: "#/properties/position/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      if (!(data5 === "strong" || data5 === "good" || data5 === "limited")) {
                        validate0.errors = [{ instancePath: instancePath + "/position", schemaPath: "#/properties/position/enum", keyword: "enum", params: { allowedValues: schema0.properties.position.enum }, message: "must be equal to one of the allowed values" }];
                        return false;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.tags !== void 0) {
                        const _errs14 = errors;
                        if (!validate1(data.tags, { instancePath: instancePath + "/tags", parentData: data, parentDataProperty: "tags", rootData })) {
                          vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs14 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.revenue !== void 0) {
                          const _errs15 = errors;
                          if (!validate3(data.revenue, { instancePath: instancePath + "/revenue", parentData: data, parentDataProperty: "revenue", rootData })) {
                            vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs15 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.attractiveness !== void 0) {
                            const _errs16 = errors;
                            if (!validate5(data.attractiveness, { instancePath: instancePath + "/attractiveness", parentData: data, parentDataProperty: "attractiveness", rootData })) {
                              vErrors = vErrors === null ? validate5.errors : vErrors.concat(validate5.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs16 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.strength !== void 0) {
                              const _errs17 = errors;
                              if (!validate18(data.strength, { instancePath: instancePath + "/strength", parentData: data, parentDataProperty: "strength", rootData })) {
                                vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
                                errors = vErrors.length;
                              }
                              var valid0 = _errs17 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.positioning !== void 0) {
                                const _errs18 = errors;
                                if (!validate29(data.positioning, { instancePath: instancePath + "/positioning", parentData: data, parentDataProperty: "positioning", rootData })) {
                                  vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                                  errors = vErrors.length;
                                }
                                var valid0 = _errs18 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.relationship !== void 0) {
                                  const _errs19 = errors;
                                  if (!validate39(data.relationship, { instancePath: instancePath + "/relationship", parentData: data, parentDataProperty: "relationship", rootData })) {
                                    vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs19 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.opportunities !== void 0) {
                                    const _errs20 = errors;
                                    if (!validate44(data.opportunities, { instancePath: instancePath + "/opportunities", parentData: data, parentDataProperty: "opportunities", rootData })) {
                                      vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid0 = _errs20 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.plan !== void 0) {
                                      const _errs21 = errors;
                                      if (!validate48(data.plan, { instancePath: instancePath + "/plan", parentData: data, parentDataProperty: "plan", rootData })) {
                                        vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid0 = _errs21 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.performance !== void 0) {
                                        const _errs22 = errors;
                                        if (!validate56(data.performance, { instancePath: instancePath + "/performance", parentData: data, parentDataProperty: "performance", rootData })) {
                                          vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
                                          errors = vErrors.length;
                                        }
                                        var valid0 = _errs22 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.forces !== void 0) {
                                          const _errs23 = errors;
                                          if (!validate62(data.forces, { instancePath: instancePath + "/forces", parentData: data, parentDataProperty: "forces", rootData })) {
                                            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid0 = _errs23 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.target !== void 0) {
                                            const _errs24 = errors;
                                            if (!validate69(data.target, { instancePath: instancePath + "/target", parentData: data, parentDataProperty: "target", rootData })) {
                                              vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
                                              errors = vErrors.length;
                                            }
                                            var valid0 = _errs24 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.accept !== void 0) {
                                              const _errs25 = errors;
                                              if (!validate74(data.accept, { instancePath: instancePath + "/accept", parentData: data, parentDataProperty: "accept", rootData })) {
                                                vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
                                                errors = vErrors.length;
                                              }
                                              var valid0 = _errs25 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate0.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate0.errors = vErrors;
  return errors === 0;
}

// schemas/account.schema.json
var account_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "urn:kam:schema:account:v1",
  title: "kam account plan",
  description: "One key customer's account plan, as read by kam (contract version 1). Only id and name are required; a partial plan is normal.",
  type: "object",
  additionalProperties: false,
  required: [
    "id",
    "name"
  ],
  definitions: {
    score: {
      type: "number",
      minimum: 0,
      maximum: 10
    },
    date: {
      type: "string",
      format: "date"
    },
    stage: {
      type: "string",
      enum: [
        "exploratory",
        "basic",
        "co-operative",
        "interdependent",
        "integrated"
      ]
    },
    tactic: {
      description: "A tactic: plain text, or an action with an owner, a due date and whether it is done.",
      oneOf: [
        {
          type: "string",
          description: "The tactic, in words."
        },
        {
          type: "object",
          description: "An action in the plan, tracked to completion.",
          additionalProperties: false,
          required: [
            "action"
          ],
          properties: {
            action: {
              type: "string",
              minLength: 1,
              description: "What will be done."
            },
            owner: {
              type: "string",
              description: "Who on our side does it."
            },
            due: {
              description: "When it must be done, YYYY-MM-DD; an open action past this date is overdue.",
              allOf: [
                {
                  $ref: "#/definitions/date"
                }
              ]
            },
            done: {
              type: "boolean",
              description: "true once it is done (an open action is listed by due date)."
            }
          }
        }
      ]
    }
  },
  properties: {
    id: {
      type: "string",
      description: "The account's id: lowercase letters, digits and hyphens, starting with a letter or digit; unique in the portfolio.",
      pattern: "^[a-z0-9][a-z0-9-]*$"
    },
    name: {
      type: "string",
      description: "The customer's name as people know it.",
      minLength: 1
    },
    manager: {
      type: "string",
      description: "The key account manager responsible for this customer."
    },
    industry: {
      type: "string",
      description: "The customer's industry, for grouping and context."
    },
    lifecycle: {
      type: "string",
      enum: [
        "hunt",
        "farm"
      ],
      description: "hunt: a new account being won (identify, pursue, close, hand over); farm: an existing account being grown (cultivate, harvest, keep harvesting)."
    },
    position: {
      type: "string",
      enum: [
        "strong",
        "good",
        "limited"
      ],
      description: "Our current position with the customer. strong: well entrenched, value maximised both ways; good: good relationship, room to grow by cross-selling or new divisions; limited: selling for a while, little penetration, growth unlikely unless something changes."
    },
    tags: {
      type: "array",
      description: "Free labels for filtering (region, segment, ...).",
      items: {
        type: "string"
      }
    },
    revenue: {
      type: "object",
      description: "Revenue from this account.",
      additionalProperties: false,
      properties: {
        current: {
          type: "number",
          minimum: 0,
          maximum: 1e15,
          description: "Our annual revenue from this account now."
        },
        potential: {
          type: "number",
          minimum: 0,
          maximum: 1e15,
          description: "Estimated annual revenue we could realistically earn from this account."
        }
      }
    },
    attractiveness: {
      type: "object",
      description: "Customer attractiveness: how attractive this customer is to us. Each factor 0..10, 10 = most attractive; the axis is their weighted mean.",
      additionalProperties: false,
      properties: {
        size: {
          description: "How big the customer is for us: total spend in our category and share of the industry. 10 = among the largest buyers in the market.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        growth_potential: {
          description: "How much the customer's volume is likely to grow: volume trend, acquisitions, new markets. 10 = strong, visible growth.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        financial_stability: {
          description: "How sound the customer's finances are: credit rating, margins, payment record. 10 = very stable, no credit risk.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        ease_of_access: {
          description: "How easily we reach the people who decide: access to decision makers and willingness to meet. 10 = open doors at every level.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        relationship_closeness: {
          description: "How close the existing relationship is: contacts, history, goodwill. 10 = a long, close relationship already.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        strategic_fit: {
          description: "How well the customer fits our strategy, offer, systems and processes. 10 = exactly the customers we want to serve.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        early_adopter: {
          description: "How readily the customer takes up new offers and innovations. 10 = first to try what is new.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        values_offer: {
          description: "How much the customer values what we offer and how relevant it is to their needs. 10 = our offer matters a lot to them.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        low_competition: {
          description: "How little competition we face for this customer's business. 10 = hardly any competition (high competition scores low).",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        market_standing: {
          description: "The customer's standing in its market: leadership, credibility, prestige as a reference. 10 = a market leader and a reference.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        }
      }
    },
    strength: {
      type: "object",
      description: "Relative strength: how strong we are with this customer compared with the best competitor, as the customer sees it. Each factor 0..10; the axis is their weighted mean.",
      additionalProperties: false,
      properties: {
        price: {
          description: "Our price compared with the best competitor's, as the customer sees it. 10 = clearly the best price.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        service: {
          description: "Our service (delivery, support, ease of doing business) compared with the best competitor. 10 = clearly the best service.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        people_quality: {
          description: "The quality of our people the customer deals with, compared with the best competitor. 10 = clearly the best people.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        response_speed: {
          description: "How fast we respond to requests and problems, compared with the best competitor. 10 = clearly the fastest.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        relationships: {
          description: "The strength of our relationships and attitudes towards the customer, compared with the best competitor. 10 = clearly the strongest.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        innovation: {
          description: "Our innovation as the customer experiences it, compared with the best competitor. 10 = clearly the most innovative.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        value_in_use: {
          description: "The value our products create in the customer's supply chain (total cost of ownership, yield), compared with the best competitor. 10 = clearly the most value.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        sustainability: {
          description: "Our long-term sustainability as a supplier (continuity, environmental and social standards), compared with the best competitor. 10 = clearly the most sustainable.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        trust: {
          description: "How much the customer trusts us and has confidence in us, compared with the best competitor. 10 = the most trusted supplier.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        }
      }
    },
    positioning: {
      type: "object",
      description: "Supplier positioning (Cheverton): how the customer positions us among its suppliers.",
      additionalProperties: false,
      properties: {
        spend: {
          description: "Relative spend: how much the customer spends with us compared with its other suppliers. 10 = one of its biggest suppliers.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        significance: {
          description: "Risk/significance: how much what we supply matters to the customer's business. A score 0..10, or a mapping of its factors whose plain mean is used.",
          oneOf: [
            {
              $ref: "#/definitions/score"
            },
            {
              type: "object",
              description: "Significance factors, each 0..10; their plain mean is the significance.",
              additionalProperties: false,
              properties: {
                unique_technology: {
                  description: "How unique the technology we supply is to the customer. 10 = nobody else has it.",
                  allOf: [
                    {
                      $ref: "#/definitions/score"
                    }
                  ]
                },
                brand: {
                  description: "How much the customer uses or relies on our brand name (e.g. in its own products). 10 = our brand matters to their customers.",
                  allOf: [
                    {
                      $ref: "#/definitions/score"
                    }
                  ]
                },
                cost_savings: {
                  description: "How much cost we save the customer. 10 = large, visible savings.",
                  allOf: [
                    {
                      $ref: "#/definitions/score"
                    }
                  ]
                },
                few_alternatives: {
                  description: "How few alternative suppliers the customer has. 10 = hardly any alternative.",
                  allOf: [
                    {
                      $ref: "#/definitions/score"
                    }
                  ]
                },
                switching_time: {
                  description: "How long it would take the customer to change supplier. 10 = a change would take years.",
                  allOf: [
                    {
                      $ref: "#/definitions/score"
                    }
                  ]
                },
                supplier_investment: {
                  description: "How much suppliers (we) invest in the customer's market. 10 = heavy investment the customer relies on.",
                  allOf: [
                    {
                      $ref: "#/definitions/score"
                    }
                  ]
                }
              },
              minProperties: 1
            }
          ]
        }
      }
    },
    relationship: {
      type: "object",
      description: "The relationship with the customer (Millman & Wilson stages).",
      additionalProperties: false,
      properties: {
        stage: {
          description: "Relationship stage as we see it: exploratory (pre-trading) | basic (transactional, one contact each side) | co-operative (more contacts, limited trust) | interdependent (mutual dependency, contacts across functions) | integrated (boundaries dissolve, joint planning).",
          allOf: [
            {
              $ref: "#/definitions/stage"
            }
          ]
        },
        customer_view: {
          description: "The relationship stage as the customer sees it, where known (survey, interview). Usually lower than ours.",
          allOf: [
            {
              $ref: "#/definitions/stage"
            }
          ]
        },
        perceived_level: {
          type: "string",
          enum: [
            "commodity",
            "product-provider",
            "value-add",
            "partner"
          ],
          description: "How the customer perceives us: commodity (price-sensitive, no loyalty) | product-provider | value-add (some loyalty) | partner (low price sensitivity, high loyalty)."
        },
        contacts: {
          type: "array",
          description: "Decision makers and influencers in the customer's power base.",
          items: {
            type: "object",
            description: "A person at the customer.",
            additionalProperties: false,
            properties: {
              name: {
                type: "string",
                description: "The contact's name.",
                minLength: 1
              },
              role: {
                type: "string",
                description: "Job title."
              },
              function: {
                type: "string",
                description: "Business function (purchasing, engineering, finance, ...); contacts across functions make a relationship robust."
              },
              influence: {
                type: "string",
                enum: [
                  "decision-maker",
                  "influencer",
                  "sponsor",
                  "user",
                  "gatekeeper"
                ],
                description: "The contact's part in buying decisions."
              },
              owner: {
                type: "string",
                description: "Who on our side holds this relationship."
              },
              agenda: {
                type: "object",
                description: "What drives this person.",
                additionalProperties: false,
                properties: {
                  business: {
                    type: "string",
                    description: "Their business agenda: what they must achieve for the company."
                  },
                  personal: {
                    type: "string",
                    description: "Their personal agenda: what they want for themselves."
                  },
                  recognised_by: {
                    type: "string",
                    description: "By whom they need to be recognised."
                  },
                  measured_by: {
                    type: "string",
                    description: "How they are measured."
                  }
                }
              }
            },
            required: [
              "name"
            ]
          }
        }
      }
    },
    opportunities: {
      type: "array",
      description: "The opportunity pipeline, each screened with the four go/no-go questions.",
      items: {
        type: "object",
        description: "One opportunity.",
        additionalProperties: false,
        properties: {
          id: {
            type: "string",
            description: "The opportunity's id, unique within the account.",
            minLength: 1
          },
          name: {
            type: "string",
            description: "A short name for the opportunity."
          },
          value: {
            type: "number",
            minimum: 0,
            maximum: 1e15,
            description: "Estimated value of the deal."
          },
          stage: {
            type: "string",
            enum: [
              "identified",
              "qualified",
              "pursuing",
              "won",
              "lost"
            ],
            description: "Where the opportunity is in the pipeline."
          },
          close: {
            description: "Expected close date, YYYY-MM-DD.",
            allOf: [
              {
                $ref: "#/definitions/date"
              }
            ]
          },
          questions: {
            type: "object",
            description: "The four go/no-go questions. A no to any means no-go; four yes mean go; otherwise keep qualifying.",
            additionalProperties: false,
            properties: {
              real: {
                description: "Is it real? A real need and budget, enough volume or profit to justify the resources. yes | no | unsure (true/false accepted).",
                enum: [
                  "yes",
                  "no",
                  "unsure",
                  true,
                  false
                ]
              },
              compete: {
                description: "Can we compete? Our solution fits and compares well with the competitors on this deal. yes | no | unsure (true/false accepted).",
                enum: [
                  "yes",
                  "no",
                  "unsure",
                  true,
                  false
                ]
              },
              win: {
                description: "Can we win? We have inside support in the customer's organisation (the most overlooked question). yes | no | unsure (true/false accepted).",
                enum: [
                  "yes",
                  "no",
                  "unsure",
                  true,
                  false
                ]
              },
              worth: {
                description: "Is it worth winning? Profit, short- and long-term potential, strategic importance. yes | no | unsure (true/false accepted).",
                enum: [
                  "yes",
                  "no",
                  "unsure",
                  true,
                  false
                ]
              }
            }
          },
          notes: {
            type: "object",
            description: "An optional note per go/no-go answer: the evidence behind it.",
            additionalProperties: false,
            properties: {
              real: {
                type: "string",
                description: "Note on 'is it real?'."
              },
              compete: {
                type: "string",
                description: "Note on 'can we compete?'."
              },
              win: {
                type: "string",
                description: "Note on 'can we win?'."
              },
              worth: {
                type: "string",
                description: "Note on 'is it worth winning?'."
              }
            }
          }
        },
        required: [
          "id"
        ]
      }
    },
    plan: {
      type: "object",
      description: "The account plan.",
      additionalProperties: false,
      properties: {
        charter: {
          type: "object",
          description: "Account strategy charter, built from the customer's agenda.",
          additionalProperties: false,
          properties: {
            situation: {
              type: "string",
              description: "The current situation."
            },
            objectives: {
              type: "array",
              description: "The customer's key business objectives for the next 3-5 years.",
              items: {
                type: "string"
              }
            },
            initiatives: {
              type: "array",
              description: "The customer's initiatives towards those objectives.",
              items: {
                type: "string"
              }
            },
            barriers: {
              type: "array",
              description: "What stands in the customer's way.",
              items: {
                type: "string"
              }
            },
            enablers: {
              type: "array",
              description: "What helps the customer get there.",
              items: {
                type: "string"
              }
            }
          }
        },
        development: {
          type: "object",
          description: "The account development plan for the year.",
          additionalProperties: false,
          properties: {
            objectives: {
              type: "array",
              description: "Our objectives with this account this year.",
              items: {
                type: "string"
              }
            },
            strategies: {
              type: "array",
              description: "How we will reach them.",
              items: {
                type: "string"
              }
            },
            tactics: {
              type: "object",
              description: "Tactics per quarter of the calendar year (q1 = January to March): plain text, or actions { action, owner, due, done }.",
              additionalProperties: false,
              properties: {
                q1: {
                  type: "array",
                  description: "Tactics for quarter 1.",
                  items: {
                    $ref: "#/definitions/tactic"
                  }
                },
                q2: {
                  type: "array",
                  description: "Tactics for quarter 2.",
                  items: {
                    $ref: "#/definitions/tactic"
                  }
                },
                q3: {
                  type: "array",
                  description: "Tactics for quarter 3.",
                  items: {
                    $ref: "#/definitions/tactic"
                  }
                },
                q4: {
                  type: "array",
                  description: "Tactics for quarter 4.",
                  items: {
                    $ref: "#/definitions/tactic"
                  }
                }
              }
            }
          }
        }
      }
    },
    performance: {
      type: "object",
      description: "Performance and satisfaction.",
      additionalProperties: false,
      properties: {
        sales: {
          type: "object",
          description: "Sales this year.",
          additionalProperties: false,
          properties: {
            target: {
              type: "number",
              minimum: 0,
              maximum: 1e15,
              description: "Sales target."
            },
            achieved: {
              type: "number",
              minimum: 0,
              maximum: 1e15,
              description: "Sales achieved so far."
            },
            forecast: {
              type: "number",
              minimum: 0,
              maximum: 1e15,
              description: "Forecast for the year."
            }
          }
        },
        satisfaction: {
          type: "array",
          description: "Customer satisfaction measurements: a survey or interview at least once a year, before the plan is renewed.",
          items: {
            type: "object",
            description: "One measurement.",
            additionalProperties: false,
            properties: {
              date: {
                description: "When it was measured, YYYY-MM-DD.",
                allOf: [
                  {
                    $ref: "#/definitions/date"
                  }
                ]
              },
              score: {
                description: "Satisfaction 0..10.",
                allOf: [
                  {
                    $ref: "#/definitions/score"
                  }
                ]
              },
              method: {
                type: "string",
                enum: [
                  "survey",
                  "interview"
                ],
                description: "How it was measured."
              },
              note: {
                type: "string",
                description: "What the customer said."
              }
            },
            required: [
              "date",
              "score"
            ]
          }
        },
        alerts: {
          type: "array",
          description: "Early symptoms of a retention problem.",
          items: {
            type: "object",
            description: "One alert.",
            additionalProperties: false,
            properties: {
              date: {
                description: "When it was noticed, YYYY-MM-DD.",
                allOf: [
                  {
                    $ref: "#/definitions/date"
                  }
                ]
              },
              symptom: {
                type: "string",
                description: "What was noticed.",
                minLength: 1
              },
              severity: {
                type: "string",
                enum: [
                  "low",
                  "medium",
                  "high"
                ],
                description: "How serious it is."
              },
              resolved: {
                description: "When the alert was dealt with, YYYY-MM-DD; an alert without one (or resolved after the as-of date) is open.",
                allOf: [
                  {
                    $ref: "#/definitions/date"
                  }
                ]
              }
            },
            required: [
              "date",
              "symptom"
            ]
          }
        }
      }
    },
    forces: {
      type: "object",
      description: "Porter's five forces on the customer's industry, 0..10 = strength of the force: context for the attractiveness judgement.",
      additionalProperties: false,
      properties: {
        new_entrants: {
          description: "Threat of new entrants into the customer's industry. 10 = entry is easy, the threat is strong.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        supplier_power: {
          description: "Bargaining power of the customer's suppliers. 10 = suppliers dictate terms.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        rivalry: {
          description: "Competitive rivalry in the customer's industry. 10 = fierce rivalry.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        buyer_power: {
          description: "Bargaining power of the customer's own buyers. 10 = their buyers dictate terms.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        substitutes: {
          description: "Threat of substitute products to the customer's offer. 10 = substitutes are a strong threat.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        }
      }
    },
    target: {
      type: "object",
      description: "Where the account should stand, and by when: the planned move on the matrix.",
      additionalProperties: false,
      properties: {
        attractiveness: {
          description: "Target attractiveness score 0..10.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        strength: {
          description: "Target relative strength score 0..10.",
          allOf: [
            {
              $ref: "#/definitions/score"
            }
          ]
        },
        by: {
          description: "The date the target should be reached, YYYY-MM-DD.",
          allOf: [
            {
              $ref: "#/definitions/date"
            }
          ]
        }
      }
    },
    accept: {
      type: "array",
      description: "Findings the team has discussed and accepted on purpose, each with its reason. An accepted finding is still shown (as accepted, with the reason) but does not count for the exit code or --max-warnings. After `until` it counts again; an acceptance that matches no finding is itself reported (unused-accept).",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "rule",
          "reason"
        ],
        properties: {
          rule: {
            type: "string",
            minLength: 1,
            description: "The id of the rule whose findings on this account are accepted, e.g. concentration."
          },
          reason: {
            type: "string",
            minLength: 1,
            pattern: "\\S",
            description: "Why the team accepts it: required, shown next to the finding."
          },
          until: {
            description: "The last day the acceptance holds, YYYY-MM-DD; after it the finding counts again. Without it the acceptance holds until removed.",
            allOf: [
              {
                $ref: "#/definitions/date"
              }
            ]
          }
        }
      }
    }
  }
};

// schemas/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "urn:kam:schema:config:v1",
  title: "kam configuration (kam.config.yaml)",
  type: "object",
  additionalProperties: false,
  properties: {
    currency: {
      type: "string",
      minLength: 1,
      pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*$",
      maxLength: 8,
      description: "Currency shown beside amounts (display only), e.g. EUR."
    },
    as_of: {
      type: "string",
      format: "date",
      description: "A fixed 'today' (YYYY-MM-DD) for reproducible results; --as-of overrides it."
    },
    thresholds: {
      type: "object",
      description: "Where 'high' starts on each axis (a score equal to the threshold counts as high). Default 5.",
      additionalProperties: false,
      properties: {
        attractiveness: {
          type: "number",
          minimum: 0,
          maximum: 10,
          description: "Attractiveness threshold between the lower and upper rows of the matrix."
        },
        strength: {
          type: "number",
          minimum: 0,
          maximum: 10,
          description: "Relative strength threshold between the left and right columns of the matrix."
        },
        spend: {
          type: "number",
          minimum: 0,
          maximum: 10,
          description: "Relative spend threshold of the supplier-positioning matrix."
        },
        significance: {
          type: "number",
          minimum: 0,
          maximum: 10,
          description: "Significance threshold of the supplier-positioning matrix."
        }
      }
    },
    factors: {
      type: "object",
      description: "Factor sets and weights. If an axis is given, it is that axis's complete factor set.",
      additionalProperties: false,
      properties: {
        attractiveness: {
          type: "object",
          minProperties: 1,
          description: "The complete attractiveness factor set: factor id -> weight (>= 0), or { weight, label, help }. Account files may score only these factors.",
          propertyNames: {
            pattern: "^[a-z][a-z0-9_]*$"
          },
          additionalProperties: {
            oneOf: [
              {
                type: "number",
                minimum: 0,
                maximum: 1e6,
                description: "The factor's weight; weights are relative (at most 1,000,000, so sums stay finite)."
              },
              {
                type: "object",
                description: "A factor with its weight, display label and help text (shown by the questionnaire).",
                additionalProperties: false,
                properties: {
                  weight: {
                    type: "number",
                    minimum: 0,
                    maximum: 1e6,
                    description: "The factor's weight; weights are relative (at most 1,000,000, so sums stay finite)."
                  },
                  label: {
                    type: "string",
                    minLength: 1,
                    pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*$",
                    description: "Display name of the factor."
                  },
                  help: {
                    type: "string",
                    pattern: "^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*$",
                    description: "What the factor means and what 10 means."
                  }
                },
                required: [
                  "weight"
                ]
              }
            ]
          }
        },
        strength: {
          type: "object",
          minProperties: 1,
          description: "The complete strength factor set: factor id -> weight (>= 0), or { weight, label, help }. Account files may score only these factors.",
          propertyNames: {
            pattern: "^[a-z][a-z0-9_]*$"
          },
          additionalProperties: {
            oneOf: [
              {
                type: "number",
                minimum: 0,
                maximum: 1e6,
                description: "The factor's weight; weights are relative (at most 1,000,000, so sums stay finite)."
              },
              {
                type: "object",
                description: "A factor with its weight, display label and help text (shown by the questionnaire).",
                additionalProperties: false,
                properties: {
                  weight: {
                    type: "number",
                    minimum: 0,
                    maximum: 1e6,
                    description: "The factor's weight; weights are relative (at most 1,000,000, so sums stay finite)."
                  },
                  label: {
                    type: "string",
                    minLength: 1,
                    pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*$",
                    description: "Display name of the factor."
                  },
                  help: {
                    type: "string",
                    pattern: "^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*$",
                    description: "What the factor means and what 10 means."
                  }
                },
                required: [
                  "weight"
                ]
              }
            ]
          }
        }
      }
    },
    limits: {
      type: "object",
      description: "Portfolio policy limits used by the check rules.",
      additionalProperties: false,
      properties: {
        key_share: {
          type: "number",
          minimum: 0,
          maximum: 1,
          description: "Share of classified accounts that may be key (default 0.2)."
        },
        accounts_per_manager: {
          type: "integer",
          minimum: 0,
          maximum: 1e6,
          description: "Key + key-development accounts one manager may carry (default 5)."
        },
        top_account_share: {
          type: "number",
          minimum: 0,
          maximum: 1,
          description: "One account's largest allowed share of current revenue (default 0.25)."
        },
        review_months: {
          type: "integer",
          minimum: 1,
          maximum: 1200,
          description: "Customer satisfaction must be measured at least this often, in months (default 12)."
        },
        score_months: {
          type: "integer",
          minimum: 1,
          maximum: 1200,
          description: "The stale-score rule (off by default) warns when no factor score of a key or key-development account has changed in git for longer than this, in months (default 12)."
        },
        min_factor_share: {
          type: "number",
          minimum: 0,
          maximum: 1,
          description: "Share of an axis's factors that must be scored before its quadrant is settled; below it the account is provisional (default 0.5)."
        },
        min_satisfaction: {
          type: "number",
          minimum: 0,
          maximum: 10,
          description: "Latest satisfaction score below this puts the account on watch (default 6; 3 or less is at risk)."
        },
        min_sales_attainment: {
          type: "number",
          minimum: 0,
          description: "Sales forecast (else achieved) over target below this puts the account on watch (default 0.9)."
        },
        risk_sales_attainment: {
          type: "number",
          minimum: 0,
          description: "Sales forecast (else achieved) over target below this puts the account at risk (default 0.75)."
        }
      }
    },
    rules: {
      type: "object",
      description: "Severity per check rule: error | warning | off.",
      additionalProperties: false,
      properties: {
        schema: {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "The file is not valid YAML or fails the schema."
        },
        "duplicate-id": {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "Two files share an id."
        },
        "too-many-key": {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "Key accounts are more than limits.key_share of classified accounts."
        },
        "manager-load": {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "A manager carries more key + key-development accounts than limits.accounts_per_manager."
        },
        concentration: {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "One account's share of total current revenue exceeds limits.top_account_share."
        },
        "perception-gap": {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "We rate the relationship stage at least one stage above the customer's view."
        },
        "positioning-mismatch": {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "A key or key-development account positions us as tactical profit or tactical make easy."
        },
        "single-threaded": {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "An interdependent or integrated relationship with fewer than 3 contacts, or all in one function."
        },
        "stale-satisfaction": {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "A key or key-development account without satisfaction measured within review_months."
        },
        "stale-score": {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "A key or key-development account none of whose factor scores has changed in git for more than limits.score_months (default off)."
        },
        "incomplete-plan": {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "A key or key-development account lacking charter objectives, development objectives, tactics or a decision-maker with a business agenda."
        },
        "pursuit-without-go": {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "An opportunity being pursued whose decision is not go."
        },
        "price-buyer": {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "A key or key-development account that sees us as a commodity or a product provider."
        },
        unclassified: {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "An account without an attractiveness or strength score."
        },
        "target-missed": {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "A target date has passed without the target quadrant being reached."
        },
        "satisfaction-drop": {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "Customer satisfaction is low or has dropped (SPEC 8.1)."
        },
        "open-alert": {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "An open alert of severity high, or medium on a key or key-development account."
        },
        "sales-behind-target": {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "Sales forecast (else achieved) is behind the target (SPEC 8.1)."
        },
        "thin-scoring": {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "An axis rests on fewer than limits.min_factor_share of its factors: the quadrant is provisional."
        },
        "early-stage-key": {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "A key account whose relationship stage is exploratory or basic."
        },
        "no-manager": {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "A key or key-development account without a manager."
        },
        "stale-opportunity": {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "An open opportunity whose close date has passed."
        },
        handover: {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "A hunted account that is key or has a won opportunity: time to hand it to a farmer."
        },
        "bow-tie": {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "A key account at stage co-operative or beyond whose contacts are all held by one person on our side, or by nobody."
        },
        "overdue-action": {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "A tactic with a due date before the as-of date that is not done."
        },
        "unused-accept": {
          type: "string",
          enum: [
            "error",
            "warning",
            "off"
          ],
          description: "An accept entry that matches no finding of its account, or names a rule that does not exist."
        }
      }
    },
    labels: {
      description: "Display names of quadrants and positioning boxes: a vocabulary (cheverton, the default, or mcdonald) or your own names. JSON output keeps the ids.",
      oneOf: [
        {
          type: "string",
          enum: [
            "cheverton",
            "mcdonald"
          ]
        },
        {
          type: "object",
          description: "Your own display names by id.",
          additionalProperties: false,
          properties: {
            key: {
              type: "string",
              minLength: 1,
              pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*$",
              description: "Display name for key."
            },
            "key-development": {
              type: "string",
              minLength: 1,
              pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*$",
              description: "Display name for key-development."
            },
            maintenance: {
              type: "string",
              minLength: 1,
              pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*$",
              description: "Display name for maintenance."
            },
            opportunistic: {
              type: "string",
              minLength: 1,
              pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*$",
              description: "Display name for opportunistic."
            },
            unclassified: {
              type: "string",
              minLength: 1,
              pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*$",
              description: "Display name for unclassified."
            },
            "strategic-partner": {
              type: "string",
              minLength: 1,
              pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*$",
              description: "Display name for strategic-partner."
            },
            "strategic-security": {
              type: "string",
              minLength: 1,
              pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*$",
              description: "Display name for strategic-security."
            },
            "tactical-profit": {
              type: "string",
              minLength: 1,
              pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*$",
              description: "Display name for tactical-profit."
            },
            "tactical-make-easy": {
              type: "string",
              minLength: 1,
              pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*$",
              description: "Display name for tactical-make-easy."
            }
          }
        }
      ]
    }
  },
  description: "Settings for kam in an account-plan repository. Everything is optional; missing settings take their defaults."
};

// src/io/schema/schema.ts
var SCHEMAS = { account: account_schema_default, config: config_schema_default };
function readSchema(name) {
  return SCHEMAS[name];
}
var ajvModule = onFirstUse(() => typeof __require === "function" ? __require("#vendor/ajv") : sourceRequire("ajv"));
function makeAjv(full, code = {}, options = {}) {
  const ajv = new (ajvModule()).Ajv({ ...options, allErrors: full, verbose: full, strict: false, strictNumbers: true, validateSchema: false, code: { optimize: false, ...code } });
  ajv.addFormat("date", isDate);
  return ajv;
}
function accountSchemaFor(config) {
  const base = readSchema("account");
  if (config.customAxes.length === 0) return base;
  const schema = structuredClone(base);
  for (const axis of config.customAxes) {
    const axisSchema = schema.properties[axis];
    axisSchema.properties = Object.fromEntries(
      config.factors[axis].map((f) => [f.id, { description: f.help ?? f.label, allOf: [{ $ref: "#/definitions/score" }] }])
    );
  }
  return schema;
}
function accountValidators(config) {
  const schema = accountSchemaFor(config);
  let full;
  return {
    // The bundle carries the default schema's yes/no validator compiled at build
    // time (scripts/build.mjs): compiling it here cost ~0.1 s of CPU per run.
    isValid: config.customAxes.length === 0 && validate ? validate : makeAjv(false).compile(schema),
    full: () => full ??= makeAjv(true).compile(schema)
  };
}
function compileConfigValidator() {
  return makeAjv(true).compile(readSchema("config"));
}
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^(0|[1-9]\d*)$/.test(s) ? Number(s) : s);
}
function displayPath(path) {
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? `[${seg}]` : out === "" ? seg : `.${seg}`;
  return out;
}
function showValue(value) {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}
var TYPE_NAMES = {
  number: "a number",
  integer: "a whole number",
  string: "text",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  null: "nothing"
};
function describeType(value) {
  if (value === null) return "nothing (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `text ${showValue(value)}`;
  return `${typeof value} ${String(value)}`;
}
var bound = (n) => Math.abs(n) >= 1e4 ? n.toLocaleString("en-US") : String(n);
var ID_RULE = 'lowercase letters, digits and hyphens, starting with a letter or digit (e.g. "acme-industrial")';
function message(e, path, ctx) {
  const where = displayPath(path);
  const prefix = where === "" ? "" : `${where}: `;
  const p = e.params;
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(p.additionalProperty);
      const known = Object.keys(e.parentSchema?.properties ?? {});
      const axis = path.length === 1 ? path[0] : void 0;
      const suggestion = nearest(key, known);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : known.length > 0 && known.length <= 12 ? `; expected one of: ${known.join(", ")}` : "";
      const what = axis && ctx.customAxes.includes(axis) ? `factor "${key}" is not in the ${axis} factor set of ${ctx.configFile ?? "the config file"}` : `unknown key "${key}"${where ? ` in ${where}` : ""}`;
      return { message: what + hint, path: [...path, key], atKey: true };
    }
    case "required":
      return { message: `${where ? `${where} is` : "account is"} missing the required key "${String(p.missingProperty)}"`, path, atKey: path.length > 0 };
    case "enum": {
      const allowed = p.allowedValues.filter((v) => typeof v === "string");
      const suggestion = typeof e.data === "string" ? nearest(e.data, allowed) : void 0;
      return {
        message: `${prefix}${showValue(e.data)} is not one of: ${allowed.join(", ")}${suggestion ? `; did you mean "${suggestion}"?` : ""}`,
        path,
        atKey: false
      };
    }
    case "type": {
      const expected = String(p.type).split(",").map((t) => TYPE_NAMES[t] ?? t).join(" or ");
      return { message: `${prefix}expected ${expected}, found ${describeType(e.data)}`, path, atKey: false };
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const parent = e.parentSchema;
      const range = parent && typeof parent.minimum === "number" && typeof parent.maximum === "number" ? `must be between ${parent.minimum} and ${bound(parent.maximum)}` : `must be ${e.keyword === "minimum" ? "at least" : e.keyword === "maximum" ? "at most" : e.keyword === "exclusiveMinimum" ? "above" : "below"} ${String(p.limit)}`;
      return { message: `${prefix}${showValue(e.data)} is out of range: ${range}`, path, atKey: false };
    }
    case "format":
      return { message: `${prefix}${showValue(e.data)} is not a valid date: use YYYY-MM-DD with a real day of the month`, path, atKey: false };
    case "pattern":
      return {
        message: where === "id" || where.endsWith(".id") ? `${prefix}${showValue(e.data)} is not a valid id: use ${ID_RULE}` : String(p.pattern).startsWith("^[^\\u0000-") ? `${prefix}contains a control character or a text-direction override; config text is shown in terminals and reports, so it may not` : `${prefix}${showValue(e.data)} does not match the pattern ${String(p.pattern)}`,
        path,
        atKey: false
      };
    case "minLength":
    case "minProperties":
    case "minItems":
      return { message: `${prefix}must not be empty`, path, atKey: false };
    case "propertyNames":
      return null;
    // reported again by the nested pattern error, with the key
    default:
      return { message: `${prefix}${e.message ?? "is invalid"}`, path, atKey: false };
  }
}
function pruneOneOf(errors) {
  const oneOfs = errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf");
  if (oneOfs.length === 0) return errors;
  const drop = /* @__PURE__ */ new Set();
  for (const o of oneOfs) {
    const under = (e) => e.instancePath === o.instancePath || e.instancePath.startsWith(`${o.instancePath}/`);
    const own = (e) => e.schemaPath.startsWith(`${o.schemaPath}/`);
    const inside = errors.filter((e) => e !== o && (own(e) ? under(e) : e.instancePath === o.instancePath && e.schemaPath.startsWith("#/definitions/")));
    const branches = /* @__PURE__ */ new Map();
    for (const e of inside) {
      const branch = own(e) ? e.schemaPath.slice(o.schemaPath.length + 1).split("/")[0] : e.schemaPath;
      branches.set(branch, [...branches.get(branch) ?? [], e]);
    }
    const fitting = [...branches.values()].filter((errs) => !errs.some((e) => e.keyword === "type" && e.instancePath === o.instancePath));
    const deeper = errors.some((e) => e !== o && !inside.includes(e) && e.instancePath.startsWith(`${o.instancePath}/`));
    for (const e of inside) drop.add(e);
    if (fitting.length === 1 || fitting.length === 0 && deeper) {
      for (const e of fitting[0] ?? []) drop.delete(e);
      drop.add(o);
    } else {
      const types = inside.filter((e) => e.keyword === "type").map((e) => TYPE_NAMES[String(e.params.type)] ?? String(e.params.type));
      o.message = `expected ${[...new Set(types)].join(" or ") || "another form"}, found ${describeType(o.data)}`;
    }
  }
  return errors.filter((e) => !drop.has(e));
}
function schemaProblems(errors, ctx) {
  const out = [];
  for (const e of pruneOneOf([...errors ?? []])) {
    const path = pointerToPath(e.instancePath);
    const problem = message(e, path, ctx);
    const field = e.keyword === "required" ? [...path, String(e.params.missingProperty)] : problem?.path;
    if (problem) out.push({ ...problem, subject: `field:${displayPath(field ?? path)}` });
  }
  return out;
}

export {
  sourceRequire,
  onFirstUse,
  isDate,
  readSchema,
  accountSchemaFor,
  accountValidators,
  compileConfigValidator,
  schemaProblems
};
