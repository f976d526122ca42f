import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  nearest
} from "./chunk-QGK4WI7H.js";
import {
  __commonJS,
  __toESM
} from "./chunk-SA2IJZVG.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message: message2 }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message2 == "function" ? message2(cxt) : message2]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate2 = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate2);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate2 = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate2 });
        validate2.errors = null;
        validate2.schema = sch.schema;
        validate2.schemaEnv = sch;
        if (sch.$async)
          validate2.$async = true;
        if (this.opts.code.source === true) {
          validate2.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate2.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate2.source)
            validate2.source.evaluated = (0, codegen_1.stringify)(validate2.evaluated);
        }
        sch.validate = validate2;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message2 = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message2);
          else
            throw new Error(message2);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

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

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/io/schema.ts
var import_ajv = __toESM(require_ajv(), 1);

// src/io/date-format.ts
function isDate(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days[mo - 1];
}

// src/io/account-validator.ts
var kamFormats = { date: isDate };
var validate = validate0;
var schema0 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "urn:kam:schema:account:v1", "title": "kam account plan", "description": "One key customer's account plan, as read by kam (contract version 1). Only id and name are required; a partial plan is normal.", "type": "object", "additionalProperties": false, "required": ["id", "name"], "definitions": { "score": { "type": "number", "minimum": 0, "maximum": 10 }, "date": { "type": "string", "format": "date" }, "stage": { "type": "string", "enum": ["exploratory", "basic", "co-operative", "interdependent", "integrated"] }, "tactic": { "description": "A tactic: plain text, or an action with an owner, a due date and whether it is done.", "oneOf": [{ "type": "string", "description": "The tactic, in words." }, { "type": "object", "description": "An action in the plan, tracked to completion.", "additionalProperties": false, "required": ["action"], "properties": { "action": { "type": "string", "minLength": 1, "description": "What will be done." }, "owner": { "type": "string", "description": "Who on our side does it." }, "due": { "description": "When it must be done, YYYY-MM-DD; an open action past this date is overdue.", "allOf": [{ "$ref": "#/definitions/date" }] }, "done": { "type": "boolean", "description": "true once it is done (an open action is listed by due date)." } } }] } }, "properties": { "id": { "type": "string", "description": "The account's id: lowercase letters, digits and hyphens, starting with a letter or digit; unique in the portfolio.", "pattern": "^[a-z0-9][a-z0-9-]*$" }, "name": { "type": "string", "description": "The customer's name as people know it.", "minLength": 1 }, "manager": { "type": "string", "description": "The key account manager responsible for this customer." }, "industry": { "type": "string", "description": "The customer's industry, for grouping and context." }, "lifecycle": { "type": "string", "enum": ["hunt", "farm"], "description": "hunt: a new account being won (identify, pursue, close, hand over); farm: an existing account being grown (cultivate, harvest, keep harvesting)." }, "position": { "type": "string", "enum": ["strong", "good", "limited"], "description": "Our current position with the customer. strong: well entrenched, value maximised both ways; good: good relationship, room to grow by cross-selling or new divisions; limited: selling for a while, little penetration, growth unlikely unless something changes." }, "tags": { "type": "array", "description": "Free labels for filtering (region, segment, ...).", "items": { "type": "string" } }, "revenue": { "type": "object", "description": "Revenue from this account.", "additionalProperties": false, "properties": { "current": { "type": "number", "minimum": 0, "maximum": 1e15, "description": "Our annual revenue from this account now." }, "potential": { "type": "number", "minimum": 0, "maximum": 1e15, "description": "Estimated annual revenue we could realistically earn from this account." } } }, "attractiveness": { "type": "object", "description": "Customer attractiveness: how attractive this customer is to us. Each factor 0..10, 10 = most attractive; the axis is their weighted mean.", "additionalProperties": false, "properties": { "size": { "description": "How big the customer is for us: total spend in our category and share of the industry. 10 = among the largest buyers in the market.", "allOf": [{ "$ref": "#/definitions/score" }] }, "growth_potential": { "description": "How much the customer's volume is likely to grow: volume trend, acquisitions, new markets. 10 = strong, visible growth.", "allOf": [{ "$ref": "#/definitions/score" }] }, "financial_stability": { "description": "How sound the customer's finances are: credit rating, margins, payment record. 10 = very stable, no credit risk.", "allOf": [{ "$ref": "#/definitions/score" }] }, "ease_of_access": { "description": "How easily we reach the people who decide: access to decision makers and willingness to meet. 10 = open doors at every level.", "allOf": [{ "$ref": "#/definitions/score" }] }, "relationship_closeness": { "description": "How close the existing relationship is: contacts, history, goodwill. 10 = a long, close relationship already.", "allOf": [{ "$ref": "#/definitions/score" }] }, "strategic_fit": { "description": "How well the customer fits our strategy, offer, systems and processes. 10 = exactly the customers we want to serve.", "allOf": [{ "$ref": "#/definitions/score" }] }, "early_adopter": { "description": "How readily the customer takes up new offers and innovations. 10 = first to try what is new.", "allOf": [{ "$ref": "#/definitions/score" }] }, "values_offer": { "description": "How much the customer values what we offer and how relevant it is to their needs. 10 = our offer matters a lot to them.", "allOf": [{ "$ref": "#/definitions/score" }] }, "low_competition": { "description": "How little competition we face for this customer's business. 10 = hardly any competition (high competition scores low).", "allOf": [{ "$ref": "#/definitions/score" }] }, "market_standing": { "description": "The customer's standing in its market: leadership, credibility, prestige as a reference. 10 = a market leader and a reference.", "allOf": [{ "$ref": "#/definitions/score" }] } } }, "strength": { "type": "object", "description": "Relative strength: how strong we are with this customer compared with the best competitor, as the customer sees it. Each factor 0..10; the axis is their weighted mean.", "additionalProperties": false, "properties": { "price": { "description": "Our price compared with the best competitor's, as the customer sees it. 10 = clearly the best price.", "allOf": [{ "$ref": "#/definitions/score" }] }, "service": { "description": "Our service (delivery, support, ease of doing business) compared with the best competitor. 10 = clearly the best service.", "allOf": [{ "$ref": "#/definitions/score" }] }, "people_quality": { "description": "The quality of our people the customer deals with, compared with the best competitor. 10 = clearly the best people.", "allOf": [{ "$ref": "#/definitions/score" }] }, "response_speed": { "description": "How fast we respond to requests and problems, compared with the best competitor. 10 = clearly the fastest.", "allOf": [{ "$ref": "#/definitions/score" }] }, "relationships": { "description": "The strength of our relationships and attitudes towards the customer, compared with the best competitor. 10 = clearly the strongest.", "allOf": [{ "$ref": "#/definitions/score" }] }, "innovation": { "description": "Our innovation as the customer experiences it, compared with the best competitor. 10 = clearly the most innovative.", "allOf": [{ "$ref": "#/definitions/score" }] }, "value_in_use": { "description": "The value our products create in the customer's supply chain (total cost of ownership, yield), compared with the best competitor. 10 = clearly the most value.", "allOf": [{ "$ref": "#/definitions/score" }] }, "sustainability": { "description": "Our long-term sustainability as a supplier (continuity, environmental and social standards), compared with the best competitor. 10 = clearly the most sustainable.", "allOf": [{ "$ref": "#/definitions/score" }] }, "trust": { "description": "How much the customer trusts us and has confidence in us, compared with the best competitor. 10 = the most trusted supplier.", "allOf": [{ "$ref": "#/definitions/score" }] } } }, "positioning": { "type": "object", "description": "Supplier positioning (Cheverton): how the customer positions us among its suppliers.", "additionalProperties": false, "properties": { "spend": { "description": "Relative spend: how much the customer spends with us compared with its other suppliers. 10 = one of its biggest suppliers.", "allOf": [{ "$ref": "#/definitions/score" }] }, "significance": { "description": "Risk/significance: how much what we supply matters to the customer's business. A score 0..10, or a mapping of its factors whose plain mean is used.", "oneOf": [{ "$ref": "#/definitions/score" }, { "type": "object", "description": "Significance factors, each 0..10; their plain mean is the significance.", "additionalProperties": false, "properties": { "unique_technology": { "description": "How unique the technology we supply is to the customer. 10 = nobody else has it.", "allOf": [{ "$ref": "#/definitions/score" }] }, "brand": { "description": "How much the customer uses or relies on our brand name (e.g. in its own products). 10 = our brand matters to their customers.", "allOf": [{ "$ref": "#/definitions/score" }] }, "cost_savings": { "description": "How much cost we save the customer. 10 = large, visible savings.", "allOf": [{ "$ref": "#/definitions/score" }] }, "few_alternatives": { "description": "How few alternative suppliers the customer has. 10 = hardly any alternative.", "allOf": [{ "$ref": "#/definitions/score" }] }, "switching_time": { "description": "How long it would take the customer to change supplier. 10 = a change would take years.", "allOf": [{ "$ref": "#/definitions/score" }] }, "supplier_investment": { "description": "How much suppliers (we) invest in the customer's market. 10 = heavy investment the customer relies on.", "allOf": [{ "$ref": "#/definitions/score" }] } }, "minProperties": 1 }] } } }, "relationship": { "type": "object", "description": "The relationship with the customer (Millman & Wilson stages).", "additionalProperties": false, "properties": { "stage": { "description": "Relationship stage as we see it: exploratory (pre-trading) | basic (transactional, one contact each side) | co-operative (more contacts, limited trust) | interdependent (mutual dependency, contacts across functions) | integrated (boundaries dissolve, joint planning).", "allOf": [{ "$ref": "#/definitions/stage" }] }, "customer_view": { "description": "The relationship stage as the customer sees it, where known (survey, interview). Usually lower than ours.", "allOf": [{ "$ref": "#/definitions/stage" }] }, "perceived_level": { "type": "string", "enum": ["commodity", "product-provider", "value-add", "partner"], "description": "How the customer perceives us: commodity (price-sensitive, no loyalty) | product-provider | value-add (some loyalty) | partner (low price sensitivity, high loyalty)." }, "contacts": { "type": "array", "description": "Decision makers and influencers in the customer's power base.", "items": { "type": "object", "description": "A person at the customer.", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "The contact's name.", "minLength": 1 }, "role": { "type": "string", "description": "Job title." }, "function": { "type": "string", "description": "Business function (purchasing, engineering, finance, ...); contacts across functions make a relationship robust." }, "influence": { "type": "string", "enum": ["decision-maker", "influencer", "sponsor", "user", "gatekeeper"], "description": "The contact's part in buying decisions." }, "owner": { "type": "string", "description": "Who on our side holds this relationship." }, "agenda": { "type": "object", "description": "What drives this person.", "additionalProperties": false, "properties": { "business": { "type": "string", "description": "Their business agenda: what they must achieve for the company." }, "personal": { "type": "string", "description": "Their personal agenda: what they want for themselves." }, "recognised_by": { "type": "string", "description": "By whom they need to be recognised." }, "measured_by": { "type": "string", "description": "How they are measured." } } } }, "required": ["name"] } } } }, "opportunities": { "type": "array", "description": "The opportunity pipeline, each screened with the four go/no-go questions.", "items": { "type": "object", "description": "One opportunity.", "additionalProperties": false, "properties": { "id": { "type": "string", "description": "The opportunity's id, unique within the account.", "minLength": 1 }, "name": { "type": "string", "description": "A short name for the opportunity." }, "value": { "type": "number", "minimum": 0, "maximum": 1e15, "description": "Estimated value of the deal." }, "stage": { "type": "string", "enum": ["identified", "qualified", "pursuing", "won", "lost"], "description": "Where the opportunity is in the pipeline." }, "close": { "description": "Expected close date, YYYY-MM-DD.", "allOf": [{ "$ref": "#/definitions/date" }] }, "questions": { "type": "object", "description": "The four go/no-go questions. A no to any means no-go; four yes mean go; otherwise keep qualifying.", "additionalProperties": false, "properties": { "real": { "description": "Is it real? A real need and budget, enough volume or profit to justify the resources. yes | no | unsure (true/false accepted).", "enum": ["yes", "no", "unsure", true, false] }, "compete": { "description": "Can we compete? Our solution fits and compares well with the competitors on this deal. yes | no | unsure (true/false accepted).", "enum": ["yes", "no", "unsure", true, false] }, "win": { "description": "Can we win? We have inside support in the customer's organisation (the most overlooked question). yes | no | unsure (true/false accepted).", "enum": ["yes", "no", "unsure", true, false] }, "worth": { "description": "Is it worth winning? Profit, short- and long-term potential, strategic importance. yes | no | unsure (true/false accepted).", "enum": ["yes", "no", "unsure", true, false] } } }, "notes": { "type": "object", "description": "An optional note per go/no-go answer: the evidence behind it.", "additionalProperties": false, "properties": { "real": { "type": "string", "description": "Note on 'is it real?'." }, "compete": { "type": "string", "description": "Note on 'can we compete?'." }, "win": { "type": "string", "description": "Note on 'can we win?'." }, "worth": { "type": "string", "description": "Note on 'is it worth winning?'." } } } }, "required": ["id"] } }, "plan": { "type": "object", "description": "The account plan.", "additionalProperties": false, "properties": { "charter": { "type": "object", "description": "Account strategy charter, built from the customer's agenda.", "additionalProperties": false, "properties": { "situation": { "type": "string", "description": "The current situation." }, "objectives": { "type": "array", "description": "The customer's key business objectives for the next 3-5 years.", "items": { "type": "string" } }, "initiatives": { "type": "array", "description": "The customer's initiatives towards those objectives.", "items": { "type": "string" } }, "barriers": { "type": "array", "description": "What stands in the customer's way.", "items": { "type": "string" } }, "enablers": { "type": "array", "description": "What helps the customer get there.", "items": { "type": "string" } } } }, "development": { "type": "object", "description": "The account development plan for the year.", "additionalProperties": false, "properties": { "objectives": { "type": "array", "description": "Our objectives with this account this year.", "items": { "type": "string" } }, "strategies": { "type": "array", "description": "How we will reach them.", "items": { "type": "string" } }, "tactics": { "type": "object", "description": "Tactics per quarter of the calendar year (q1 = January to March): plain text, or actions { action, owner, due, done }.", "additionalProperties": false, "properties": { "q1": { "type": "array", "description": "Tactics for quarter 1.", "items": { "$ref": "#/definitions/tactic" } }, "q2": { "type": "array", "description": "Tactics for quarter 2.", "items": { "$ref": "#/definitions/tactic" } }, "q3": { "type": "array", "description": "Tactics for quarter 3.", "items": { "$ref": "#/definitions/tactic" } }, "q4": { "type": "array", "description": "Tactics for quarter 4.", "items": { "$ref": "#/definitions/tactic" } } } } } } } }, "performance": { "type": "object", "description": "Performance and satisfaction.", "additionalProperties": false, "properties": { "sales": { "type": "object", "description": "Sales this year.", "additionalProperties": false, "properties": { "target": { "type": "number", "minimum": 0, "maximum": 1e15, "description": "Sales target." }, "achieved": { "type": "number", "minimum": 0, "maximum": 1e15, "description": "Sales achieved so far." }, "forecast": { "type": "number", "minimum": 0, "maximum": 1e15, "description": "Forecast for the year." } } }, "satisfaction": { "type": "array", "description": "Customer satisfaction measurements: a survey or interview at least once a year, before the plan is renewed.", "items": { "type": "object", "description": "One measurement.", "additionalProperties": false, "properties": { "date": { "description": "When it was measured, YYYY-MM-DD.", "allOf": [{ "$ref": "#/definitions/date" }] }, "score": { "description": "Satisfaction 0..10.", "allOf": [{ "$ref": "#/definitions/score" }] }, "method": { "type": "string", "enum": ["survey", "interview"], "description": "How it was measured." }, "note": { "type": "string", "description": "What the customer said." } }, "required": ["date", "score"] } }, "alerts": { "type": "array", "description": "Early symptoms of a retention problem.", "items": { "type": "object", "description": "One alert.", "additionalProperties": false, "properties": { "date": { "description": "When it was noticed, YYYY-MM-DD.", "allOf": [{ "$ref": "#/definitions/date" }] }, "symptom": { "type": "string", "description": "What was noticed.", "minLength": 1 }, "severity": { "type": "string", "enum": ["low", "medium", "high"], "description": "How serious it is." }, "resolved": { "description": "When the alert was dealt with, YYYY-MM-DD; an alert without one (or resolved after the as-of date) is open.", "allOf": [{ "$ref": "#/definitions/date" }] } }, "required": ["date", "symptom"] } } } }, "forces": { "type": "object", "description": "Porter's five forces on the customer's industry, 0..10 = strength of the force: context for the attractiveness judgement.", "additionalProperties": false, "properties": { "new_entrants": { "description": "Threat of new entrants into the customer's industry. 10 = entry is easy, the threat is strong.", "allOf": [{ "$ref": "#/definitions/score" }] }, "supplier_power": { "description": "Bargaining power of the customer's suppliers. 10 = suppliers dictate terms.", "allOf": [{ "$ref": "#/definitions/score" }] }, "rivalry": { "description": "Competitive rivalry in the customer's industry. 10 = fierce rivalry.", "allOf": [{ "$ref": "#/definitions/score" }] }, "buyer_power": { "description": "Bargaining power of the customer's own buyers. 10 = their buyers dictate terms.", "allOf": [{ "$ref": "#/definitions/score" }] }, "substitutes": { "description": "Threat of substitute products to the customer's offer. 10 = substitutes are a strong threat.", "allOf": [{ "$ref": "#/definitions/score" }] } } }, "target": { "type": "object", "description": "Where the account should stand, and by when: the planned move on the matrix.", "additionalProperties": false, "properties": { "attractiveness": { "description": "Target attractiveness score 0..10.", "allOf": [{ "$ref": "#/definitions/score" }] }, "strength": { "description": "Target relative strength score 0..10.", "allOf": [{ "$ref": "#/definitions/score" }] }, "by": { "description": "The date the target should be reached, YYYY-MM-DD.", "allOf": [{ "$ref": "#/definitions/date" }] } } }, "accept": { "type": "array", "description": "Findings the team has discussed and accepted on purpose, each with its reason. An accepted finding is still shown (as accepted, with the reason) but does not count for the exit code or --max-warnings. After `until` it counts again; an acceptance that matches no finding is itself reported (unused-accept).", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "reason"], "properties": { "rule": { "type": "string", "minLength": 1, "description": "The id of the rule whose findings on this account are accepted, e.g. concentration." }, "reason": { "type": "string", "minLength": 1, "pattern": "\\S", "description": "Why the team accepts it: required, shown next to the finding." }, "until": { "description": "The last day the acceptance holds, YYYY-MM-DD; after it the finding counts again. Without it the acceptance holds until removed.", "allOf": [{ "$ref": "#/definitions/date" }] } } } } } };
var schema28 = { "type": "string", "enum": ["exploratory", "basic", "co-operative", "interdependent", "integrated"] };
var func0 = Object.prototype.hasOwnProperty;
var func1 = require_ucs2length().default;
var pattern0 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
var pattern1 = new RegExp("\\S", "u");
var formats0 = kamFormats.date;
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
                let data2 = data.due;
                const _errs10 = errors;
                const _errs12 = errors;
                if (errors === _errs12) {
                  if (errors === _errs12) {
                    if (typeof data2 === "string") {
                      if (!formats0(data2)) {
                        const err6 = { instancePath: instancePath + "/due", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                        if (vErrors === null) {
                          vErrors = [err6];
                        } else {
                          vErrors.push(err6);
                        }
                        errors++;
                      }
                    } else {
                      const err7 = { instancePath: instancePath + "/due", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err7];
                      } else {
                        vErrors.push(err7);
                      }
                      errors++;
                    }
                  }
                }
                var valid1 = _errs10 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.done !== void 0) {
                  const _errs14 = errors;
                  if (typeof data.done !== "boolean") {
                    const err8 = { instancePath: instancePath + "/done", schemaPath: "#/oneOf/1/properties/done/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                  var valid1 = _errs14 === errors;
                } else {
                  var valid1 = true;
                }
              }
            }
          }
        }
      }
    } else {
      const err9 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
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
    const err10 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
    validate1.errors = vErrors;
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
  validate1.errors = vErrors;
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
                        let data6 = data.tags;
                        const _errs14 = errors;
                        if (errors === _errs14) {
                          if (Array.isArray(data6)) {
                            var valid1 = true;
                            const len0 = data6.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs16 = errors;
                              if (typeof data6[i0] !== "string") {
                                validate0.errors = [{ instancePath: instancePath + "/tags/" + i0, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid1 = _errs16 === errors;
                              if (!valid1) {
                                break;
                              }
                            }
                          } else {
                            validate0.errors = [{ instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs14 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.revenue !== void 0) {
                          let data8 = data.revenue;
                          const _errs18 = errors;
                          if (errors === _errs18) {
                            if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                              const _errs20 = errors;
                              for (const key1 in data8) {
                                if (!(key1 === "current" || key1 === "potential")) {
                                  validate0.errors = [{ instancePath: instancePath + "/revenue", schemaPath: "#/properties/revenue/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                  return false;
                                  break;
                                }
                              }
                              if (_errs20 === errors) {
                                if (data8.current !== void 0) {
                                  let data9 = data8.current;
                                  const _errs21 = errors;
                                  if (errors === _errs21) {
                                    if (typeof data9 == "number" && isFinite(data9)) {
                                      if (data9 > 1e15 || isNaN(data9)) {
                                        validate0.errors = [{ instancePath: instancePath + "/revenue/current", schemaPath: "#/properties/revenue/properties/current/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" }];
                                        return false;
                                      } else {
                                        if (data9 < 0 || isNaN(data9)) {
                                          validate0.errors = [{ instancePath: instancePath + "/revenue/current", schemaPath: "#/properties/revenue/properties/current/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                          return false;
                                        }
                                      }
                                    } else {
                                      validate0.errors = [{ instancePath: instancePath + "/revenue/current", schemaPath: "#/properties/revenue/properties/current/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                      return false;
                                    }
                                  }
                                  var valid2 = _errs21 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data8.potential !== void 0) {
                                    let data10 = data8.potential;
                                    const _errs23 = errors;
                                    if (errors === _errs23) {
                                      if (typeof data10 == "number" && isFinite(data10)) {
                                        if (data10 > 1e15 || isNaN(data10)) {
                                          validate0.errors = [{ instancePath: instancePath + "/revenue/potential", schemaPath: "#/properties/revenue/properties/potential/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" }];
                                          return false;
                                        } else {
                                          if (data10 < 0 || isNaN(data10)) {
                                            validate0.errors = [{ instancePath: instancePath + "/revenue/potential", schemaPath: "#/properties/revenue/properties/potential/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                            return false;
                                          }
                                        }
                                      } else {
                                        validate0.errors = [{ instancePath: instancePath + "/revenue/potential", schemaPath: "#/properties/revenue/properties/potential/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                        return false;
                                      }
                                    }
                                    var valid2 = _errs23 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                }
                              }
                            } else {
                              validate0.errors = [{ instancePath: instancePath + "/revenue", schemaPath: "#/properties/revenue/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs18 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.attractiveness !== void 0) {
                            let data11 = data.attractiveness;
                            const _errs25 = errors;
                            if (errors === _errs25) {
                              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                const _errs27 = errors;
                                for (const key2 in data11) {
                                  if (!func0.call(schema0.properties.attractiveness.properties, key2)) {
                                    validate0.errors = [{ instancePath: instancePath + "/attractiveness", schemaPath: "#/properties/attractiveness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs27 === errors) {
                                  if (data11.size !== void 0) {
                                    let data12 = data11.size;
                                    const _errs28 = errors;
                                    const _errs30 = errors;
                                    if (errors === _errs30) {
                                      if (typeof data12 == "number" && isFinite(data12)) {
                                        if (data12 > 10 || isNaN(data12)) {
                                          validate0.errors = [{ instancePath: instancePath + "/attractiveness/size", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                          return false;
                                        } else {
                                          if (data12 < 0 || isNaN(data12)) {
                                            validate0.errors = [{ instancePath: instancePath + "/attractiveness/size", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                            return false;
                                          }
                                        }
                                      } else {
                                        validate0.errors = [{ instancePath: instancePath + "/attractiveness/size", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                        return false;
                                      }
                                    }
                                    var valid3 = _errs28 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data11.growth_potential !== void 0) {
                                      let data13 = data11.growth_potential;
                                      const _errs32 = errors;
                                      const _errs34 = errors;
                                      if (errors === _errs34) {
                                        if (typeof data13 == "number" && isFinite(data13)) {
                                          if (data13 > 10 || isNaN(data13)) {
                                            validate0.errors = [{ instancePath: instancePath + "/attractiveness/growth_potential", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                            return false;
                                          } else {
                                            if (data13 < 0 || isNaN(data13)) {
                                              validate0.errors = [{ instancePath: instancePath + "/attractiveness/growth_potential", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                              return false;
                                            }
                                          }
                                        } else {
                                          validate0.errors = [{ instancePath: instancePath + "/attractiveness/growth_potential", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                          return false;
                                        }
                                      }
                                      var valid3 = _errs32 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data11.financial_stability !== void 0) {
                                        let data14 = data11.financial_stability;
                                        const _errs36 = errors;
                                        const _errs38 = errors;
                                        if (errors === _errs38) {
                                          if (typeof data14 == "number" && isFinite(data14)) {
                                            if (data14 > 10 || isNaN(data14)) {
                                              validate0.errors = [{ instancePath: instancePath + "/attractiveness/financial_stability", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                              return false;
                                            } else {
                                              if (data14 < 0 || isNaN(data14)) {
                                                validate0.errors = [{ instancePath: instancePath + "/attractiveness/financial_stability", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                return false;
                                              }
                                            }
                                          } else {
                                            validate0.errors = [{ instancePath: instancePath + "/attractiveness/financial_stability", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                            return false;
                                          }
                                        }
                                        var valid3 = _errs36 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                      if (valid3) {
                                        if (data11.ease_of_access !== void 0) {
                                          let data15 = data11.ease_of_access;
                                          const _errs40 = errors;
                                          const _errs42 = errors;
                                          if (errors === _errs42) {
                                            if (typeof data15 == "number" && isFinite(data15)) {
                                              if (data15 > 10 || isNaN(data15)) {
                                                validate0.errors = [{ instancePath: instancePath + "/attractiveness/ease_of_access", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                return false;
                                              } else {
                                                if (data15 < 0 || isNaN(data15)) {
                                                  validate0.errors = [{ instancePath: instancePath + "/attractiveness/ease_of_access", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                  return false;
                                                }
                                              }
                                            } else {
                                              validate0.errors = [{ instancePath: instancePath + "/attractiveness/ease_of_access", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                              return false;
                                            }
                                          }
                                          var valid3 = _errs40 === errors;
                                        } else {
                                          var valid3 = true;
                                        }
                                        if (valid3) {
                                          if (data11.relationship_closeness !== void 0) {
                                            let data16 = data11.relationship_closeness;
                                            const _errs44 = errors;
                                            const _errs46 = errors;
                                            if (errors === _errs46) {
                                              if (typeof data16 == "number" && isFinite(data16)) {
                                                if (data16 > 10 || isNaN(data16)) {
                                                  validate0.errors = [{ instancePath: instancePath + "/attractiveness/relationship_closeness", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                  return false;
                                                } else {
                                                  if (data16 < 0 || isNaN(data16)) {
                                                    validate0.errors = [{ instancePath: instancePath + "/attractiveness/relationship_closeness", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                    return false;
                                                  }
                                                }
                                              } else {
                                                validate0.errors = [{ instancePath: instancePath + "/attractiveness/relationship_closeness", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                return false;
                                              }
                                            }
                                            var valid3 = _errs44 === errors;
                                          } else {
                                            var valid3 = true;
                                          }
                                          if (valid3) {
                                            if (data11.strategic_fit !== void 0) {
                                              let data17 = data11.strategic_fit;
                                              const _errs48 = errors;
                                              const _errs50 = errors;
                                              if (errors === _errs50) {
                                                if (typeof data17 == "number" && isFinite(data17)) {
                                                  if (data17 > 10 || isNaN(data17)) {
                                                    validate0.errors = [{ instancePath: instancePath + "/attractiveness/strategic_fit", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                    return false;
                                                  } else {
                                                    if (data17 < 0 || isNaN(data17)) {
                                                      validate0.errors = [{ instancePath: instancePath + "/attractiveness/strategic_fit", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                      return false;
                                                    }
                                                  }
                                                } else {
                                                  validate0.errors = [{ instancePath: instancePath + "/attractiveness/strategic_fit", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                  return false;
                                                }
                                              }
                                              var valid3 = _errs48 === errors;
                                            } else {
                                              var valid3 = true;
                                            }
                                            if (valid3) {
                                              if (data11.early_adopter !== void 0) {
                                                let data18 = data11.early_adopter;
                                                const _errs52 = errors;
                                                const _errs54 = errors;
                                                if (errors === _errs54) {
                                                  if (typeof data18 == "number" && isFinite(data18)) {
                                                    if (data18 > 10 || isNaN(data18)) {
                                                      validate0.errors = [{ instancePath: instancePath + "/attractiveness/early_adopter", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                      return false;
                                                    } else {
                                                      if (data18 < 0 || isNaN(data18)) {
                                                        validate0.errors = [{ instancePath: instancePath + "/attractiveness/early_adopter", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                        return false;
                                                      }
                                                    }
                                                  } else {
                                                    validate0.errors = [{ instancePath: instancePath + "/attractiveness/early_adopter", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                    return false;
                                                  }
                                                }
                                                var valid3 = _errs52 === errors;
                                              } else {
                                                var valid3 = true;
                                              }
                                              if (valid3) {
                                                if (data11.values_offer !== void 0) {
                                                  let data19 = data11.values_offer;
                                                  const _errs56 = errors;
                                                  const _errs58 = errors;
                                                  if (errors === _errs58) {
                                                    if (typeof data19 == "number" && isFinite(data19)) {
                                                      if (data19 > 10 || isNaN(data19)) {
                                                        validate0.errors = [{ instancePath: instancePath + "/attractiveness/values_offer", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                        return false;
                                                      } else {
                                                        if (data19 < 0 || isNaN(data19)) {
                                                          validate0.errors = [{ instancePath: instancePath + "/attractiveness/values_offer", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                          return false;
                                                        }
                                                      }
                                                    } else {
                                                      validate0.errors = [{ instancePath: instancePath + "/attractiveness/values_offer", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid3 = _errs56 === errors;
                                                } else {
                                                  var valid3 = true;
                                                }
                                                if (valid3) {
                                                  if (data11.low_competition !== void 0) {
                                                    let data20 = data11.low_competition;
                                                    const _errs60 = errors;
                                                    const _errs62 = errors;
                                                    if (errors === _errs62) {
                                                      if (typeof data20 == "number" && isFinite(data20)) {
                                                        if (data20 > 10 || isNaN(data20)) {
                                                          validate0.errors = [{ instancePath: instancePath + "/attractiveness/low_competition", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                          return false;
                                                        } else {
                                                          if (data20 < 0 || isNaN(data20)) {
                                                            validate0.errors = [{ instancePath: instancePath + "/attractiveness/low_competition", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                            return false;
                                                          }
                                                        }
                                                      } else {
                                                        validate0.errors = [{ instancePath: instancePath + "/attractiveness/low_competition", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid3 = _errs60 === errors;
                                                  } else {
                                                    var valid3 = true;
                                                  }
                                                  if (valid3) {
                                                    if (data11.market_standing !== void 0) {
                                                      let data21 = data11.market_standing;
                                                      const _errs64 = errors;
                                                      const _errs66 = errors;
                                                      if (errors === _errs66) {
                                                        if (typeof data21 == "number" && isFinite(data21)) {
                                                          if (data21 > 10 || isNaN(data21)) {
                                                            validate0.errors = [{ instancePath: instancePath + "/attractiveness/market_standing", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                            return false;
                                                          } else {
                                                            if (data21 < 0 || isNaN(data21)) {
                                                              validate0.errors = [{ instancePath: instancePath + "/attractiveness/market_standing", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                              return false;
                                                            }
                                                          }
                                                        } else {
                                                          validate0.errors = [{ instancePath: instancePath + "/attractiveness/market_standing", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid3 = _errs64 === errors;
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
                                    }
                                  }
                                }
                              } else {
                                validate0.errors = [{ instancePath: instancePath + "/attractiveness", schemaPath: "#/properties/attractiveness/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid0 = _errs25 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.strength !== void 0) {
                              let data22 = data.strength;
                              const _errs68 = errors;
                              if (errors === _errs68) {
                                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                  const _errs70 = errors;
                                  for (const key3 in data22) {
                                    if (!func0.call(schema0.properties.strength.properties, key3)) {
                                      validate0.errors = [{ instancePath: instancePath + "/strength", schemaPath: "#/properties/strength/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                      return false;
                                      break;
                                    }
                                  }
                                  if (_errs70 === errors) {
                                    if (data22.price !== void 0) {
                                      let data23 = data22.price;
                                      const _errs71 = errors;
                                      const _errs73 = errors;
                                      if (errors === _errs73) {
                                        if (typeof data23 == "number" && isFinite(data23)) {
                                          if (data23 > 10 || isNaN(data23)) {
                                            validate0.errors = [{ instancePath: instancePath + "/strength/price", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                            return false;
                                          } else {
                                            if (data23 < 0 || isNaN(data23)) {
                                              validate0.errors = [{ instancePath: instancePath + "/strength/price", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                              return false;
                                            }
                                          }
                                        } else {
                                          validate0.errors = [{ instancePath: instancePath + "/strength/price", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                          return false;
                                        }
                                      }
                                      var valid24 = _errs71 === errors;
                                    } else {
                                      var valid24 = true;
                                    }
                                    if (valid24) {
                                      if (data22.service !== void 0) {
                                        let data24 = data22.service;
                                        const _errs75 = errors;
                                        const _errs77 = errors;
                                        if (errors === _errs77) {
                                          if (typeof data24 == "number" && isFinite(data24)) {
                                            if (data24 > 10 || isNaN(data24)) {
                                              validate0.errors = [{ instancePath: instancePath + "/strength/service", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                              return false;
                                            } else {
                                              if (data24 < 0 || isNaN(data24)) {
                                                validate0.errors = [{ instancePath: instancePath + "/strength/service", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                return false;
                                              }
                                            }
                                          } else {
                                            validate0.errors = [{ instancePath: instancePath + "/strength/service", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                            return false;
                                          }
                                        }
                                        var valid24 = _errs75 === errors;
                                      } else {
                                        var valid24 = true;
                                      }
                                      if (valid24) {
                                        if (data22.people_quality !== void 0) {
                                          let data25 = data22.people_quality;
                                          const _errs79 = errors;
                                          const _errs81 = errors;
                                          if (errors === _errs81) {
                                            if (typeof data25 == "number" && isFinite(data25)) {
                                              if (data25 > 10 || isNaN(data25)) {
                                                validate0.errors = [{ instancePath: instancePath + "/strength/people_quality", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                return false;
                                              } else {
                                                if (data25 < 0 || isNaN(data25)) {
                                                  validate0.errors = [{ instancePath: instancePath + "/strength/people_quality", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                  return false;
                                                }
                                              }
                                            } else {
                                              validate0.errors = [{ instancePath: instancePath + "/strength/people_quality", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                              return false;
                                            }
                                          }
                                          var valid24 = _errs79 === errors;
                                        } else {
                                          var valid24 = true;
                                        }
                                        if (valid24) {
                                          if (data22.response_speed !== void 0) {
                                            let data26 = data22.response_speed;
                                            const _errs83 = errors;
                                            const _errs85 = errors;
                                            if (errors === _errs85) {
                                              if (typeof data26 == "number" && isFinite(data26)) {
                                                if (data26 > 10 || isNaN(data26)) {
                                                  validate0.errors = [{ instancePath: instancePath + "/strength/response_speed", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                  return false;
                                                } else {
                                                  if (data26 < 0 || isNaN(data26)) {
                                                    validate0.errors = [{ instancePath: instancePath + "/strength/response_speed", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                    return false;
                                                  }
                                                }
                                              } else {
                                                validate0.errors = [{ instancePath: instancePath + "/strength/response_speed", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                return false;
                                              }
                                            }
                                            var valid24 = _errs83 === errors;
                                          } else {
                                            var valid24 = true;
                                          }
                                          if (valid24) {
                                            if (data22.relationships !== void 0) {
                                              let data27 = data22.relationships;
                                              const _errs87 = errors;
                                              const _errs89 = errors;
                                              if (errors === _errs89) {
                                                if (typeof data27 == "number" && isFinite(data27)) {
                                                  if (data27 > 10 || isNaN(data27)) {
                                                    validate0.errors = [{ instancePath: instancePath + "/strength/relationships", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                    return false;
                                                  } else {
                                                    if (data27 < 0 || isNaN(data27)) {
                                                      validate0.errors = [{ instancePath: instancePath + "/strength/relationships", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                      return false;
                                                    }
                                                  }
                                                } else {
                                                  validate0.errors = [{ instancePath: instancePath + "/strength/relationships", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                  return false;
                                                }
                                              }
                                              var valid24 = _errs87 === errors;
                                            } else {
                                              var valid24 = true;
                                            }
                                            if (valid24) {
                                              if (data22.innovation !== void 0) {
                                                let data28 = data22.innovation;
                                                const _errs91 = errors;
                                                const _errs93 = errors;
                                                if (errors === _errs93) {
                                                  if (typeof data28 == "number" && isFinite(data28)) {
                                                    if (data28 > 10 || isNaN(data28)) {
                                                      validate0.errors = [{ instancePath: instancePath + "/strength/innovation", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                      return false;
                                                    } else {
                                                      if (data28 < 0 || isNaN(data28)) {
                                                        validate0.errors = [{ instancePath: instancePath + "/strength/innovation", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                        return false;
                                                      }
                                                    }
                                                  } else {
                                                    validate0.errors = [{ instancePath: instancePath + "/strength/innovation", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                    return false;
                                                  }
                                                }
                                                var valid24 = _errs91 === errors;
                                              } else {
                                                var valid24 = true;
                                              }
                                              if (valid24) {
                                                if (data22.value_in_use !== void 0) {
                                                  let data29 = data22.value_in_use;
                                                  const _errs95 = errors;
                                                  const _errs97 = errors;
                                                  if (errors === _errs97) {
                                                    if (typeof data29 == "number" && isFinite(data29)) {
                                                      if (data29 > 10 || isNaN(data29)) {
                                                        validate0.errors = [{ instancePath: instancePath + "/strength/value_in_use", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                        return false;
                                                      } else {
                                                        if (data29 < 0 || isNaN(data29)) {
                                                          validate0.errors = [{ instancePath: instancePath + "/strength/value_in_use", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                          return false;
                                                        }
                                                      }
                                                    } else {
                                                      validate0.errors = [{ instancePath: instancePath + "/strength/value_in_use", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid24 = _errs95 === errors;
                                                } else {
                                                  var valid24 = true;
                                                }
                                                if (valid24) {
                                                  if (data22.sustainability !== void 0) {
                                                    let data30 = data22.sustainability;
                                                    const _errs99 = errors;
                                                    const _errs101 = errors;
                                                    if (errors === _errs101) {
                                                      if (typeof data30 == "number" && isFinite(data30)) {
                                                        if (data30 > 10 || isNaN(data30)) {
                                                          validate0.errors = [{ instancePath: instancePath + "/strength/sustainability", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                          return false;
                                                        } else {
                                                          if (data30 < 0 || isNaN(data30)) {
                                                            validate0.errors = [{ instancePath: instancePath + "/strength/sustainability", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                            return false;
                                                          }
                                                        }
                                                      } else {
                                                        validate0.errors = [{ instancePath: instancePath + "/strength/sustainability", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid24 = _errs99 === errors;
                                                  } else {
                                                    var valid24 = true;
                                                  }
                                                  if (valid24) {
                                                    if (data22.trust !== void 0) {
                                                      let data31 = data22.trust;
                                                      const _errs103 = errors;
                                                      const _errs105 = errors;
                                                      if (errors === _errs105) {
                                                        if (typeof data31 == "number" && isFinite(data31)) {
                                                          if (data31 > 10 || isNaN(data31)) {
                                                            validate0.errors = [{ instancePath: instancePath + "/strength/trust", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                            return false;
                                                          } else {
                                                            if (data31 < 0 || isNaN(data31)) {
                                                              validate0.errors = [{ instancePath: instancePath + "/strength/trust", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                              return false;
                                                            }
                                                          }
                                                        } else {
                                                          validate0.errors = [{ instancePath: instancePath + "/strength/trust", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid24 = _errs103 === errors;
                                                    } else {
                                                      var valid24 = true;
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
                                  validate0.errors = [{ instancePath: instancePath + "/strength", schemaPath: "#/properties/strength/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs68 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.positioning !== void 0) {
                                let data32 = data.positioning;
                                const _errs107 = errors;
                                if (errors === _errs107) {
                                  if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                                    const _errs109 = errors;
                                    for (const key4 in data32) {
                                      if (!(key4 === "spend" || key4 === "significance")) {
                                        validate0.errors = [{ instancePath: instancePath + "/positioning", schemaPath: "#/properties/positioning/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                                        return false;
                                        break;
                                      }
                                    }
                                    if (_errs109 === errors) {
                                      if (data32.spend !== void 0) {
                                        let data33 = data32.spend;
                                        const _errs110 = errors;
                                        const _errs112 = errors;
                                        if (errors === _errs112) {
                                          if (typeof data33 == "number" && isFinite(data33)) {
                                            if (data33 > 10 || isNaN(data33)) {
                                              validate0.errors = [{ instancePath: instancePath + "/positioning/spend", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                              return false;
                                            } else {
                                              if (data33 < 0 || isNaN(data33)) {
                                                validate0.errors = [{ instancePath: instancePath + "/positioning/spend", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                return false;
                                              }
                                            }
                                          } else {
                                            validate0.errors = [{ instancePath: instancePath + "/positioning/spend", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                            return false;
                                          }
                                        }
                                        var valid43 = _errs110 === errors;
                                      } else {
                                        var valid43 = true;
                                      }
                                      if (valid43) {
                                        if (data32.significance !== void 0) {
                                          let data34 = data32.significance;
                                          const _errs114 = errors;
                                          const _errs115 = errors;
                                          let valid46 = false;
                                          let passing0 = null;
                                          const _errs116 = errors;
                                          const _errs117 = errors;
                                          if (errors === _errs117) {
                                            if (typeof data34 == "number" && isFinite(data34)) {
                                              if (data34 > 10 || isNaN(data34)) {
                                                const err0 = { instancePath: instancePath + "/positioning/significance", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                                                if (vErrors === null) {
                                                  vErrors = [err0];
                                                } else {
                                                  vErrors.push(err0);
                                                }
                                                errors++;
                                              } else {
                                                if (data34 < 0 || isNaN(data34)) {
                                                  const err1 = { instancePath: instancePath + "/positioning/significance", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                  if (vErrors === null) {
                                                    vErrors = [err1];
                                                  } else {
                                                    vErrors.push(err1);
                                                  }
                                                  errors++;
                                                }
                                              }
                                            } else {
                                              const err2 = { instancePath: instancePath + "/positioning/significance", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                              if (vErrors === null) {
                                                vErrors = [err2];
                                              } else {
                                                vErrors.push(err2);
                                              }
                                              errors++;
                                            }
                                          }
                                          var _valid0 = _errs116 === errors;
                                          if (_valid0) {
                                            valid46 = true;
                                            passing0 = 0;
                                          }
                                          const _errs119 = errors;
                                          if (errors === _errs119) {
                                            if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                                              if (Object.keys(data34).length < 1) {
                                                const err3 = { instancePath: instancePath + "/positioning/significance", schemaPath: "#/properties/positioning/properties/significance/oneOf/1/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                                                if (vErrors === null) {
                                                  vErrors = [err3];
                                                } else {
                                                  vErrors.push(err3);
                                                }
                                                errors++;
                                              } else {
                                                const _errs121 = errors;
                                                for (const key5 in data34) {
                                                  if (!(key5 === "unique_technology" || key5 === "brand" || key5 === "cost_savings" || key5 === "few_alternatives" || key5 === "switching_time" || key5 === "supplier_investment")) {
                                                    const err4 = { instancePath: instancePath + "/positioning/significance", schemaPath: "#/properties/positioning/properties/significance/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                                                    if (vErrors === null) {
                                                      vErrors = [err4];
                                                    } else {
                                                      vErrors.push(err4);
                                                    }
                                                    errors++;
                                                    break;
                                                  }
                                                }
                                                if (_errs121 === errors) {
                                                  if (data34.unique_technology !== void 0) {
                                                    let data35 = data34.unique_technology;
                                                    const _errs122 = errors;
                                                    const _errs124 = errors;
                                                    if (errors === _errs124) {
                                                      if (typeof data35 == "number" && isFinite(data35)) {
                                                        if (data35 > 10 || isNaN(data35)) {
                                                          const err5 = { instancePath: instancePath + "/positioning/significance/unique_technology", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                                                          if (vErrors === null) {
                                                            vErrors = [err5];
                                                          } else {
                                                            vErrors.push(err5);
                                                          }
                                                          errors++;
                                                        } else {
                                                          if (data35 < 0 || isNaN(data35)) {
                                                            const err6 = { instancePath: instancePath + "/positioning/significance/unique_technology", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                            if (vErrors === null) {
                                                              vErrors = [err6];
                                                            } else {
                                                              vErrors.push(err6);
                                                            }
                                                            errors++;
                                                          }
                                                        }
                                                      } else {
                                                        const err7 = { instancePath: instancePath + "/positioning/significance/unique_technology", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                        if (vErrors === null) {
                                                          vErrors = [err7];
                                                        } else {
                                                          vErrors.push(err7);
                                                        }
                                                        errors++;
                                                      }
                                                    }
                                                    var valid48 = _errs122 === errors;
                                                  } else {
                                                    var valid48 = true;
                                                  }
                                                  if (valid48) {
                                                    if (data34.brand !== void 0) {
                                                      let data36 = data34.brand;
                                                      const _errs126 = errors;
                                                      const _errs128 = errors;
                                                      if (errors === _errs128) {
                                                        if (typeof data36 == "number" && isFinite(data36)) {
                                                          if (data36 > 10 || isNaN(data36)) {
                                                            const err8 = { instancePath: instancePath + "/positioning/significance/brand", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                                                            if (vErrors === null) {
                                                              vErrors = [err8];
                                                            } else {
                                                              vErrors.push(err8);
                                                            }
                                                            errors++;
                                                          } else {
                                                            if (data36 < 0 || isNaN(data36)) {
                                                              const err9 = { instancePath: instancePath + "/positioning/significance/brand", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                              if (vErrors === null) {
                                                                vErrors = [err9];
                                                              } else {
                                                                vErrors.push(err9);
                                                              }
                                                              errors++;
                                                            }
                                                          }
                                                        } else {
                                                          const err10 = { instancePath: instancePath + "/positioning/significance/brand", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                          if (vErrors === null) {
                                                            vErrors = [err10];
                                                          } else {
                                                            vErrors.push(err10);
                                                          }
                                                          errors++;
                                                        }
                                                      }
                                                      var valid48 = _errs126 === errors;
                                                    } else {
                                                      var valid48 = true;
                                                    }
                                                    if (valid48) {
                                                      if (data34.cost_savings !== void 0) {
                                                        let data37 = data34.cost_savings;
                                                        const _errs130 = errors;
                                                        const _errs132 = errors;
                                                        if (errors === _errs132) {
                                                          if (typeof data37 == "number" && isFinite(data37)) {
                                                            if (data37 > 10 || isNaN(data37)) {
                                                              const err11 = { instancePath: instancePath + "/positioning/significance/cost_savings", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                                                              if (vErrors === null) {
                                                                vErrors = [err11];
                                                              } else {
                                                                vErrors.push(err11);
                                                              }
                                                              errors++;
                                                            } else {
                                                              if (data37 < 0 || isNaN(data37)) {
                                                                const err12 = { instancePath: instancePath + "/positioning/significance/cost_savings", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                if (vErrors === null) {
                                                                  vErrors = [err12];
                                                                } else {
                                                                  vErrors.push(err12);
                                                                }
                                                                errors++;
                                                              }
                                                            }
                                                          } else {
                                                            const err13 = { instancePath: instancePath + "/positioning/significance/cost_savings", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                            if (vErrors === null) {
                                                              vErrors = [err13];
                                                            } else {
                                                              vErrors.push(err13);
                                                            }
                                                            errors++;
                                                          }
                                                        }
                                                        var valid48 = _errs130 === errors;
                                                      } else {
                                                        var valid48 = true;
                                                      }
                                                      if (valid48) {
                                                        if (data34.few_alternatives !== void 0) {
                                                          let data38 = data34.few_alternatives;
                                                          const _errs134 = errors;
                                                          const _errs136 = errors;
                                                          if (errors === _errs136) {
                                                            if (typeof data38 == "number" && isFinite(data38)) {
                                                              if (data38 > 10 || isNaN(data38)) {
                                                                const err14 = { instancePath: instancePath + "/positioning/significance/few_alternatives", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                                                                if (vErrors === null) {
                                                                  vErrors = [err14];
                                                                } else {
                                                                  vErrors.push(err14);
                                                                }
                                                                errors++;
                                                              } else {
                                                                if (data38 < 0 || isNaN(data38)) {
                                                                  const err15 = { instancePath: instancePath + "/positioning/significance/few_alternatives", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err15];
                                                                  } else {
                                                                    vErrors.push(err15);
                                                                  }
                                                                  errors++;
                                                                }
                                                              }
                                                            } else {
                                                              const err16 = { instancePath: instancePath + "/positioning/significance/few_alternatives", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                              if (vErrors === null) {
                                                                vErrors = [err16];
                                                              } else {
                                                                vErrors.push(err16);
                                                              }
                                                              errors++;
                                                            }
                                                          }
                                                          var valid48 = _errs134 === errors;
                                                        } else {
                                                          var valid48 = true;
                                                        }
                                                        if (valid48) {
                                                          if (data34.switching_time !== void 0) {
                                                            let data39 = data34.switching_time;
                                                            const _errs138 = errors;
                                                            const _errs140 = errors;
                                                            if (errors === _errs140) {
                                                              if (typeof data39 == "number" && isFinite(data39)) {
                                                                if (data39 > 10 || isNaN(data39)) {
                                                                  const err17 = { instancePath: instancePath + "/positioning/significance/switching_time", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err17];
                                                                  } else {
                                                                    vErrors.push(err17);
                                                                  }
                                                                  errors++;
                                                                } else {
                                                                  if (data39 < 0 || isNaN(data39)) {
                                                                    const err18 = { instancePath: instancePath + "/positioning/significance/switching_time", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err18];
                                                                    } else {
                                                                      vErrors.push(err18);
                                                                    }
                                                                    errors++;
                                                                  }
                                                                }
                                                              } else {
                                                                const err19 = { instancePath: instancePath + "/positioning/significance/switching_time", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                if (vErrors === null) {
                                                                  vErrors = [err19];
                                                                } else {
                                                                  vErrors.push(err19);
                                                                }
                                                                errors++;
                                                              }
                                                            }
                                                            var valid48 = _errs138 === errors;
                                                          } else {
                                                            var valid48 = true;
                                                          }
                                                          if (valid48) {
                                                            if (data34.supplier_investment !== void 0) {
                                                              let data40 = data34.supplier_investment;
                                                              const _errs142 = errors;
                                                              const _errs144 = errors;
                                                              if (errors === _errs144) {
                                                                if (typeof data40 == "number" && isFinite(data40)) {
                                                                  if (data40 > 10 || isNaN(data40)) {
                                                                    const err20 = { instancePath: instancePath + "/positioning/significance/supplier_investment", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err20];
                                                                    } else {
                                                                      vErrors.push(err20);
                                                                    }
                                                                    errors++;
                                                                  } else {
                                                                    if (data40 < 0 || isNaN(data40)) {
                                                                      const err21 = { instancePath: instancePath + "/positioning/significance/supplier_investment", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err21];
                                                                      } else {
                                                                        vErrors.push(err21);
                                                                      }
                                                                      errors++;
                                                                    }
                                                                  }
                                                                } else {
                                                                  const err22 = { instancePath: instancePath + "/positioning/significance/supplier_investment", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err22];
                                                                  } else {
                                                                    vErrors.push(err22);
                                                                  }
                                                                  errors++;
                                                                }
                                                              }
                                                              var valid48 = _errs142 === errors;
                                                            } else {
                                                              var valid48 = true;
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              const err23 = { instancePath: instancePath + "/positioning/significance", schemaPath: "#/properties/positioning/properties/significance/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                              if (vErrors === null) {
                                                vErrors = [err23];
                                              } else {
                                                vErrors.push(err23);
                                              }
                                              errors++;
                                            }
                                          }
                                          var _valid0 = _errs119 === errors;
                                          if (_valid0 && valid46) {
                                            valid46 = false;
                                            passing0 = [passing0, 1];
                                          } else {
                                            if (_valid0) {
                                              valid46 = true;
                                              passing0 = 1;
                                            }
                                          }
                                          if (!valid46) {
                                            const err24 = { instancePath: instancePath + "/positioning/significance", schemaPath: "#/properties/positioning/properties/significance/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                                            if (vErrors === null) {
                                              vErrors = [err24];
                                            } else {
                                              vErrors.push(err24);
                                            }
                                            errors++;
                                            validate0.errors = vErrors;
                                            return false;
                                          } else {
                                            errors = _errs115;
                                            if (vErrors !== null) {
                                              if (_errs115) {
                                                vErrors.length = _errs115;
                                              } else {
                                                vErrors = null;
                                              }
                                            }
                                          }
                                          var valid43 = _errs114 === errors;
                                        } else {
                                          var valid43 = true;
                                        }
                                      }
                                    }
                                  } else {
                                    validate0.errors = [{ instancePath: instancePath + "/positioning", schemaPath: "#/properties/positioning/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs107 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.relationship !== void 0) {
                                  let data41 = data.relationship;
                                  const _errs146 = errors;
                                  if (errors === _errs146) {
                                    if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                                      const _errs148 = errors;
                                      for (const key6 in data41) {
                                        if (!(key6 === "stage" || key6 === "customer_view" || key6 === "perceived_level" || key6 === "contacts")) {
                                          validate0.errors = [{ instancePath: instancePath + "/relationship", schemaPath: "#/properties/relationship/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" }];
                                          return false;
                                          break;
                                        }
                                      }
                                      if (_errs148 === errors) {
                                        if (data41.stage !== void 0) {
                                          let data42 = data41.stage;
                                          const _errs149 = errors;
                                          if (typeof data42 !== "string") {
                                            validate0.errors = [{ instancePath: instancePath + "/relationship/stage", schemaPath: "#/definitions/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          if (!(data42 === "exploratory" || data42 === "basic" || data42 === "co-operative" || data42 === "interdependent" || data42 === "integrated")) {
                                            validate0.errors = [{ instancePath: instancePath + "/relationship/stage", schemaPath: "#/definitions/stage/enum", keyword: "enum", params: { allowedValues: schema28.enum }, message: "must be equal to one of the allowed values" }];
                                            return false;
                                          }
                                          var valid61 = _errs149 === errors;
                                        } else {
                                          var valid61 = true;
                                        }
                                        if (valid61) {
                                          if (data41.customer_view !== void 0) {
                                            let data43 = data41.customer_view;
                                            const _errs153 = errors;
                                            if (typeof data43 !== "string") {
                                              validate0.errors = [{ instancePath: instancePath + "/relationship/customer_view", schemaPath: "#/definitions/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            if (!(data43 === "exploratory" || data43 === "basic" || data43 === "co-operative" || data43 === "interdependent" || data43 === "integrated")) {
                                              validate0.errors = [{ instancePath: instancePath + "/relationship/customer_view", schemaPath: "#/definitions/stage/enum", keyword: "enum", params: { allowedValues: schema28.enum }, message: "must be equal to one of the allowed values" }];
                                              return false;
                                            }
                                            var valid61 = _errs153 === errors;
                                          } else {
                                            var valid61 = true;
                                          }
                                          if (valid61) {
                                            if (data41.perceived_level !== void 0) {
                                              let data44 = data41.perceived_level;
                                              const _errs157 = errors;
                                              if (typeof data44 !== "string") {
                                                validate0.errors = [{ instancePath: instancePath + "/relationship/perceived_level", schemaPath: "#/properties/relationship/properties/perceived_level/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              if (!(data44 === "commodity" || data44 === "product-provider" || data44 === "value-add" || data44 === "partner")) {
                                                validate0.errors = [{ instancePath: instancePath + "/relationship/perceived_level", schemaPath: "#/properties/relationship/properties/perceived_level/enum", keyword: "enum", params: { allowedValues: schema0.properties.relationship.properties.perceived_level.enum }, message: "must be equal to one of the allowed values" }];
                                                return false;
                                              }
                                              var valid61 = _errs157 === errors;
                                            } else {
                                              var valid61 = true;
                                            }
                                            if (valid61) {
                                              if (data41.contacts !== void 0) {
                                                let data45 = data41.contacts;
                                                const _errs159 = errors;
                                                if (errors === _errs159) {
                                                  if (Array.isArray(data45)) {
                                                    var valid66 = true;
                                                    const len1 = data45.length;
                                                    for (let i1 = 0; i1 < len1; i1++) {
                                                      let data46 = data45[i1];
                                                      const _errs161 = errors;
                                                      if (errors === _errs161) {
                                                        if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                                                          let missing1;
                                                          if (data46.name === void 0 && (missing1 = "name")) {
                                                            validate0.errors = [{ instancePath: instancePath + "/relationship/contacts/" + i1, schemaPath: "#/properties/relationship/properties/contacts/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                            return false;
                                                          } else {
                                                            const _errs163 = errors;
                                                            for (const key7 in data46) {
                                                              if (!(key7 === "name" || key7 === "role" || key7 === "function" || key7 === "influence" || key7 === "owner" || key7 === "agenda")) {
                                                                validate0.errors = [{ instancePath: instancePath + "/relationship/contacts/" + i1, schemaPath: "#/properties/relationship/properties/contacts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" }];
                                                                return false;
                                                                break;
                                                              }
                                                            }
                                                            if (_errs163 === errors) {
                                                              if (data46.name !== void 0) {
                                                                let data47 = data46.name;
                                                                const _errs164 = errors;
                                                                if (errors === _errs164) {
                                                                  if (typeof data47 === "string") {
                                                                    if (func1(data47) < 1) {
                                                                      validate0.errors = [{ instancePath: instancePath + "/relationship/contacts/" + i1 + "/name", schemaPath: "#/properties/relationship/properties/contacts/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                      return false;
                                                                    }
                                                                  } else {
                                                                    validate0.errors = [{ instancePath: instancePath + "/relationship/contacts/" + i1 + "/name", schemaPath: "#/properties/relationship/properties/contacts/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid67 = _errs164 === errors;
                                                              } else {
                                                                var valid67 = true;
                                                              }
                                                              if (valid67) {
                                                                if (data46.role !== void 0) {
                                                                  const _errs166 = errors;
                                                                  if (typeof data46.role !== "string") {
                                                                    validate0.errors = [{ instancePath: instancePath + "/relationship/contacts/" + i1 + "/role", schemaPath: "#/properties/relationship/properties/contacts/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                  var valid67 = _errs166 === errors;
                                                                } else {
                                                                  var valid67 = true;
                                                                }
                                                                if (valid67) {
                                                                  if (data46.function !== void 0) {
                                                                    const _errs168 = errors;
                                                                    if (typeof data46.function !== "string") {
                                                                      validate0.errors = [{ instancePath: instancePath + "/relationship/contacts/" + i1 + "/function", schemaPath: "#/properties/relationship/properties/contacts/items/properties/function/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                      return false;
                                                                    }
                                                                    var valid67 = _errs168 === errors;
                                                                  } else {
                                                                    var valid67 = true;
                                                                  }
                                                                  if (valid67) {
                                                                    if (data46.influence !== void 0) {
                                                                      let data50 = data46.influence;
                                                                      const _errs170 = errors;
                                                                      if (typeof data50 !== "string") {
                                                                        validate0.errors = [{ instancePath: instancePath + "/relationship/contacts/" + i1 + "/influence", schemaPath: "#/properties/relationship/properties/contacts/items/properties/influence/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                      if (!(data50 === "decision-maker" || data50 === "influencer" || data50 === "sponsor" || data50 === "user" || data50 === "gatekeeper")) {
                                                                        validate0.errors = [{ instancePath: instancePath + "/relationship/contacts/" + i1 + "/influence", schemaPath: "#/properties/relationship/properties/contacts/items/properties/influence/enum", keyword: "enum", params: { allowedValues: schema0.properties.relationship.properties.contacts.items.properties.influence.enum }, message: "must be equal to one of the allowed values" }];
                                                                        return false;
                                                                      }
                                                                      var valid67 = _errs170 === errors;
                                                                    } else {
                                                                      var valid67 = true;
                                                                    }
                                                                    if (valid67) {
                                                                      if (data46.owner !== void 0) {
                                                                        const _errs172 = errors;
                                                                        if (typeof data46.owner !== "string") {
                                                                          validate0.errors = [{ instancePath: instancePath + "/relationship/contacts/" + i1 + "/owner", schemaPath: "#/properties/relationship/properties/contacts/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                          return false;
                                                                        }
                                                                        var valid67 = _errs172 === errors;
                                                                      } else {
                                                                        var valid67 = true;
                                                                      }
                                                                      if (valid67) {
                                                                        if (data46.agenda !== void 0) {
                                                                          let data52 = data46.agenda;
                                                                          const _errs174 = errors;
                                                                          if (errors === _errs174) {
                                                                            if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                                                                              const _errs176 = errors;
                                                                              for (const key8 in data52) {
                                                                                if (!(key8 === "business" || key8 === "personal" || key8 === "recognised_by" || key8 === "measured_by")) {
                                                                                  validate0.errors = [{ instancePath: instancePath + "/relationship/contacts/" + i1 + "/agenda", schemaPath: "#/properties/relationship/properties/contacts/items/properties/agenda/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" }];
                                                                                  return false;
                                                                                  break;
                                                                                }
                                                                              }
                                                                              if (_errs176 === errors) {
                                                                                if (data52.business !== void 0) {
                                                                                  const _errs177 = errors;
                                                                                  if (typeof data52.business !== "string") {
                                                                                    validate0.errors = [{ instancePath: instancePath + "/relationship/contacts/" + i1 + "/agenda/business", schemaPath: "#/properties/relationship/properties/contacts/items/properties/agenda/properties/business/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                    return false;
                                                                                  }
                                                                                  var valid68 = _errs177 === errors;
                                                                                } else {
                                                                                  var valid68 = true;
                                                                                }
                                                                                if (valid68) {
                                                                                  if (data52.personal !== void 0) {
                                                                                    const _errs179 = errors;
                                                                                    if (typeof data52.personal !== "string") {
                                                                                      validate0.errors = [{ instancePath: instancePath + "/relationship/contacts/" + i1 + "/agenda/personal", schemaPath: "#/properties/relationship/properties/contacts/items/properties/agenda/properties/personal/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                      return false;
                                                                                    }
                                                                                    var valid68 = _errs179 === errors;
                                                                                  } else {
                                                                                    var valid68 = true;
                                                                                  }
                                                                                  if (valid68) {
                                                                                    if (data52.recognised_by !== void 0) {
                                                                                      const _errs181 = errors;
                                                                                      if (typeof data52.recognised_by !== "string") {
                                                                                        validate0.errors = [{ instancePath: instancePath + "/relationship/contacts/" + i1 + "/agenda/recognised_by", schemaPath: "#/properties/relationship/properties/contacts/items/properties/agenda/properties/recognised_by/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                        return false;
                                                                                      }
                                                                                      var valid68 = _errs181 === errors;
                                                                                    } else {
                                                                                      var valid68 = true;
                                                                                    }
                                                                                    if (valid68) {
                                                                                      if (data52.measured_by !== void 0) {
                                                                                        const _errs183 = errors;
                                                                                        if (typeof data52.measured_by !== "string") {
                                                                                          validate0.errors = [{ instancePath: instancePath + "/relationship/contacts/" + i1 + "/agenda/measured_by", schemaPath: "#/properties/relationship/properties/contacts/items/properties/agenda/properties/measured_by/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                          return false;
                                                                                        }
                                                                                        var valid68 = _errs183 === errors;
                                                                                      } else {
                                                                                        var valid68 = true;
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                              }
                                                                            } else {
                                                                              validate0.errors = [{ instancePath: instancePath + "/relationship/contacts/" + i1 + "/agenda", schemaPath: "#/properties/relationship/properties/contacts/items/properties/agenda/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                          var valid67 = _errs174 === errors;
                                                                        } else {
                                                                          var valid67 = true;
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        } else {
                                                          validate0.errors = [{ instancePath: instancePath + "/relationship/contacts/" + i1, schemaPath: "#/properties/relationship/properties/contacts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid66 = _errs161 === errors;
                                                      if (!valid66) {
                                                        break;
                                                      }
                                                    }
                                                  } else {
                                                    validate0.errors = [{ instancePath: instancePath + "/relationship/contacts", schemaPath: "#/properties/relationship/properties/contacts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                    return false;
                                                  }
                                                }
                                                var valid61 = _errs159 === errors;
                                              } else {
                                                var valid61 = true;
                                              }
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      validate0.errors = [{ instancePath: instancePath + "/relationship", schemaPath: "#/properties/relationship/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs146 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.opportunities !== void 0) {
                                    let data57 = data.opportunities;
                                    const _errs185 = errors;
                                    if (errors === _errs185) {
                                      if (Array.isArray(data57)) {
                                        var valid69 = true;
                                        const len2 = data57.length;
                                        for (let i2 = 0; i2 < len2; i2++) {
                                          let data58 = data57[i2];
                                          const _errs187 = errors;
                                          if (errors === _errs187) {
                                            if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                                              let missing2;
                                              if (data58.id === void 0 && (missing2 = "id")) {
                                                validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2, schemaPath: "#/properties/opportunities/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                                return false;
                                              } else {
                                                const _errs189 = errors;
                                                for (const key9 in data58) {
                                                  if (!(key9 === "id" || key9 === "name" || key9 === "value" || key9 === "stage" || key9 === "close" || key9 === "questions" || key9 === "notes")) {
                                                    validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2, schemaPath: "#/properties/opportunities/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" }];
                                                    return false;
                                                    break;
                                                  }
                                                }
                                                if (_errs189 === errors) {
                                                  if (data58.id !== void 0) {
                                                    let data59 = data58.id;
                                                    const _errs190 = errors;
                                                    if (errors === _errs190) {
                                                      if (typeof data59 === "string") {
                                                        if (func1(data59) < 1) {
                                                          validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2 + "/id", schemaPath: "#/properties/opportunities/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                          return false;
                                                        }
                                                      } else {
                                                        validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2 + "/id", schemaPath: "#/properties/opportunities/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid70 = _errs190 === errors;
                                                  } else {
                                                    var valid70 = true;
                                                  }
                                                  if (valid70) {
                                                    if (data58.name !== void 0) {
                                                      const _errs192 = errors;
                                                      if (typeof data58.name !== "string") {
                                                        validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2 + "/name", schemaPath: "#/properties/opportunities/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid70 = _errs192 === errors;
                                                    } else {
                                                      var valid70 = true;
                                                    }
                                                    if (valid70) {
                                                      if (data58.value !== void 0) {
                                                        let data61 = data58.value;
                                                        const _errs194 = errors;
                                                        if (errors === _errs194) {
                                                          if (typeof data61 == "number" && isFinite(data61)) {
                                                            if (data61 > 1e15 || isNaN(data61)) {
                                                              validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2 + "/value", schemaPath: "#/properties/opportunities/items/properties/value/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" }];
                                                              return false;
                                                            } else {
                                                              if (data61 < 0 || isNaN(data61)) {
                                                                validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2 + "/value", schemaPath: "#/properties/opportunities/items/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                return false;
                                                              }
                                                            }
                                                          } else {
                                                            validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2 + "/value", schemaPath: "#/properties/opportunities/items/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid70 = _errs194 === errors;
                                                      } else {
                                                        var valid70 = true;
                                                      }
                                                      if (valid70) {
                                                        if (data58.stage !== void 0) {
                                                          let data62 = data58.stage;
                                                          const _errs196 = errors;
                                                          if (typeof data62 !== "string") {
                                                            validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2 + "/stage", schemaPath: "#/properties/opportunities/items/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                          if (!(data62 === "identified" || data62 === "qualified" || data62 === "pursuing" || data62 === "won" || data62 === "lost")) {
                                                            validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2 + "/stage", schemaPath: "#/properties/opportunities/items/properties/stage/enum", keyword: "enum", params: { allowedValues: schema0.properties.opportunities.items.properties.stage.enum }, message: "must be equal to one of the allowed values" }];
                                                            return false;
                                                          }
                                                          var valid70 = _errs196 === errors;
                                                        } else {
                                                          var valid70 = true;
                                                        }
                                                        if (valid70) {
                                                          if (data58.close !== void 0) {
                                                            let data63 = data58.close;
                                                            const _errs198 = errors;
                                                            const _errs200 = errors;
                                                            if (errors === _errs200) {
                                                              if (errors === _errs200) {
                                                                if (typeof data63 === "string") {
                                                                  if (!formats0(data63)) {
                                                                    validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2 + "/close", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                                                                    return false;
                                                                  }
                                                                } else {
                                                                  validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2 + "/close", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                            var valid70 = _errs198 === errors;
                                                          } else {
                                                            var valid70 = true;
                                                          }
                                                          if (valid70) {
                                                            if (data58.questions !== void 0) {
                                                              let data64 = data58.questions;
                                                              const _errs202 = errors;
                                                              if (errors === _errs202) {
                                                                if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                                                                  const _errs204 = errors;
                                                                  for (const key10 in data64) {
                                                                    if (!(key10 === "real" || key10 === "compete" || key10 === "win" || key10 === "worth")) {
                                                                      validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2 + "/questions", schemaPath: "#/properties/opportunities/items/properties/questions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" }];
                                                                      return false;
                                                                      break;
                                                                    }
                                                                  }
                                                                  if (_errs204 === errors) {
                                                                    if (data64.real !== void 0) {
                                                                      let data65 = data64.real;
                                                                      const _errs205 = errors;
                                                                      if (!(data65 === "yes" || data65 === "no" || data65 === "unsure" || data65 === true || data65 === false)) {
                                                                        validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2 + "/questions/real", schemaPath: "#/properties/opportunities/items/properties/questions/properties/real/enum", keyword: "enum", params: { allowedValues: schema0.properties.opportunities.items.properties.questions.properties.real.enum }, message: "must be equal to one of the allowed values" }];
                                                                        return false;
                                                                      }
                                                                      var valid73 = _errs205 === errors;
                                                                    } else {
                                                                      var valid73 = true;
                                                                    }
                                                                    if (valid73) {
                                                                      if (data64.compete !== void 0) {
                                                                        let data66 = data64.compete;
                                                                        const _errs206 = errors;
                                                                        if (!(data66 === "yes" || data66 === "no" || data66 === "unsure" || data66 === true || data66 === false)) {
                                                                          validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2 + "/questions/compete", schemaPath: "#/properties/opportunities/items/properties/questions/properties/compete/enum", keyword: "enum", params: { allowedValues: schema0.properties.opportunities.items.properties.questions.properties.compete.enum }, message: "must be equal to one of the allowed values" }];
                                                                          return false;
                                                                        }
                                                                        var valid73 = _errs206 === errors;
                                                                      } else {
                                                                        var valid73 = true;
                                                                      }
                                                                      if (valid73) {
                                                                        if (data64.win !== void 0) {
                                                                          let data67 = data64.win;
                                                                          const _errs207 = errors;
                                                                          if (!(data67 === "yes" || data67 === "no" || data67 === "unsure" || data67 === true || data67 === false)) {
                                                                            validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2 + "/questions/win", schemaPath: "#/properties/opportunities/items/properties/questions/properties/win/enum", keyword: "enum", params: { allowedValues: schema0.properties.opportunities.items.properties.questions.properties.win.enum }, message: "must be equal to one of the allowed values" }];
                                                                            return false;
                                                                          }
                                                                          var valid73 = _errs207 === errors;
                                                                        } else {
                                                                          var valid73 = true;
                                                                        }
                                                                        if (valid73) {
                                                                          if (data64.worth !== void 0) {
                                                                            let data68 = data64.worth;
                                                                            const _errs208 = errors;
                                                                            if (!(data68 === "yes" || data68 === "no" || data68 === "unsure" || data68 === true || data68 === false)) {
                                                                              validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2 + "/questions/worth", schemaPath: "#/properties/opportunities/items/properties/questions/properties/worth/enum", keyword: "enum", params: { allowedValues: schema0.properties.opportunities.items.properties.questions.properties.worth.enum }, message: "must be equal to one of the allowed values" }];
                                                                              return false;
                                                                            }
                                                                            var valid73 = _errs208 === errors;
                                                                          } else {
                                                                            var valid73 = true;
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                } else {
                                                                  validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2 + "/questions", schemaPath: "#/properties/opportunities/items/properties/questions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid70 = _errs202 === errors;
                                                            } else {
                                                              var valid70 = true;
                                                            }
                                                            if (valid70) {
                                                              if (data58.notes !== void 0) {
                                                                let data69 = data58.notes;
                                                                const _errs209 = errors;
                                                                if (errors === _errs209) {
                                                                  if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                                                                    const _errs211 = errors;
                                                                    for (const key11 in data69) {
                                                                      if (!(key11 === "real" || key11 === "compete" || key11 === "win" || key11 === "worth")) {
                                                                        validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2 + "/notes", schemaPath: "#/properties/opportunities/items/properties/notes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" }];
                                                                        return false;
                                                                        break;
                                                                      }
                                                                    }
                                                                    if (_errs211 === errors) {
                                                                      if (data69.real !== void 0) {
                                                                        const _errs212 = errors;
                                                                        if (typeof data69.real !== "string") {
                                                                          validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2 + "/notes/real", schemaPath: "#/properties/opportunities/items/properties/notes/properties/real/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                          return false;
                                                                        }
                                                                        var valid74 = _errs212 === errors;
                                                                      } else {
                                                                        var valid74 = true;
                                                                      }
                                                                      if (valid74) {
                                                                        if (data69.compete !== void 0) {
                                                                          const _errs214 = errors;
                                                                          if (typeof data69.compete !== "string") {
                                                                            validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2 + "/notes/compete", schemaPath: "#/properties/opportunities/items/properties/notes/properties/compete/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                          }
                                                                          var valid74 = _errs214 === errors;
                                                                        } else {
                                                                          var valid74 = true;
                                                                        }
                                                                        if (valid74) {
                                                                          if (data69.win !== void 0) {
                                                                            const _errs216 = errors;
                                                                            if (typeof data69.win !== "string") {
                                                                              validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2 + "/notes/win", schemaPath: "#/properties/opportunities/items/properties/notes/properties/win/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                              return false;
                                                                            }
                                                                            var valid74 = _errs216 === errors;
                                                                          } else {
                                                                            var valid74 = true;
                                                                          }
                                                                          if (valid74) {
                                                                            if (data69.worth !== void 0) {
                                                                              const _errs218 = errors;
                                                                              if (typeof data69.worth !== "string") {
                                                                                validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2 + "/notes/worth", schemaPath: "#/properties/opportunities/items/properties/notes/properties/worth/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                              }
                                                                              var valid74 = _errs218 === errors;
                                                                            } else {
                                                                              var valid74 = true;
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  } else {
                                                                    validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2 + "/notes", schemaPath: "#/properties/opportunities/items/properties/notes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid70 = _errs209 === errors;
                                                              } else {
                                                                var valid70 = true;
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
                                              validate0.errors = [{ instancePath: instancePath + "/opportunities/" + i2, schemaPath: "#/properties/opportunities/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid69 = _errs187 === errors;
                                          if (!valid69) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate0.errors = [{ instancePath: instancePath + "/opportunities", schemaPath: "#/properties/opportunities/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs185 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.plan !== void 0) {
                                      let data74 = data.plan;
                                      const _errs220 = errors;
                                      if (errors === _errs220) {
                                        if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
                                          const _errs222 = errors;
                                          for (const key12 in data74) {
                                            if (!(key12 === "charter" || key12 === "development")) {
                                              validate0.errors = [{ instancePath: instancePath + "/plan", schemaPath: "#/properties/plan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" }];
                                              return false;
                                              break;
                                            }
                                          }
                                          if (_errs222 === errors) {
                                            if (data74.charter !== void 0) {
                                              let data75 = data74.charter;
                                              const _errs223 = errors;
                                              if (errors === _errs223) {
                                                if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                                                  const _errs225 = errors;
                                                  for (const key13 in data75) {
                                                    if (!(key13 === "situation" || key13 === "objectives" || key13 === "initiatives" || key13 === "barriers" || key13 === "enablers")) {
                                                      validate0.errors = [{ instancePath: instancePath + "/plan/charter", schemaPath: "#/properties/plan/properties/charter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" }];
                                                      return false;
                                                      break;
                                                    }
                                                  }
                                                  if (_errs225 === errors) {
                                                    if (data75.situation !== void 0) {
                                                      const _errs226 = errors;
                                                      if (typeof data75.situation !== "string") {
                                                        validate0.errors = [{ instancePath: instancePath + "/plan/charter/situation", schemaPath: "#/properties/plan/properties/charter/properties/situation/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid76 = _errs226 === errors;
                                                    } else {
                                                      var valid76 = true;
                                                    }
                                                    if (valid76) {
                                                      if (data75.objectives !== void 0) {
                                                        let data77 = data75.objectives;
                                                        const _errs228 = errors;
                                                        if (errors === _errs228) {
                                                          if (Array.isArray(data77)) {
                                                            var valid77 = true;
                                                            const len3 = data77.length;
                                                            for (let i3 = 0; i3 < len3; i3++) {
                                                              const _errs230 = errors;
                                                              if (typeof data77[i3] !== "string") {
                                                                validate0.errors = [{ instancePath: instancePath + "/plan/charter/objectives/" + i3, schemaPath: "#/properties/plan/properties/charter/properties/objectives/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                              var valid77 = _errs230 === errors;
                                                              if (!valid77) {
                                                                break;
                                                              }
                                                            }
                                                          } else {
                                                            validate0.errors = [{ instancePath: instancePath + "/plan/charter/objectives", schemaPath: "#/properties/plan/properties/charter/properties/objectives/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid76 = _errs228 === errors;
                                                      } else {
                                                        var valid76 = true;
                                                      }
                                                      if (valid76) {
                                                        if (data75.initiatives !== void 0) {
                                                          let data79 = data75.initiatives;
                                                          const _errs232 = errors;
                                                          if (errors === _errs232) {
                                                            if (Array.isArray(data79)) {
                                                              var valid78 = true;
                                                              const len4 = data79.length;
                                                              for (let i4 = 0; i4 < len4; i4++) {
                                                                const _errs234 = errors;
                                                                if (typeof data79[i4] !== "string") {
                                                                  validate0.errors = [{ instancePath: instancePath + "/plan/charter/initiatives/" + i4, schemaPath: "#/properties/plan/properties/charter/properties/initiatives/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                                var valid78 = _errs234 === errors;
                                                                if (!valid78) {
                                                                  break;
                                                                }
                                                              }
                                                            } else {
                                                              validate0.errors = [{ instancePath: instancePath + "/plan/charter/initiatives", schemaPath: "#/properties/plan/properties/charter/properties/initiatives/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid76 = _errs232 === errors;
                                                        } else {
                                                          var valid76 = true;
                                                        }
                                                        if (valid76) {
                                                          if (data75.barriers !== void 0) {
                                                            let data81 = data75.barriers;
                                                            const _errs236 = errors;
                                                            if (errors === _errs236) {
                                                              if (Array.isArray(data81)) {
                                                                var valid79 = true;
                                                                const len5 = data81.length;
                                                                for (let i5 = 0; i5 < len5; i5++) {
                                                                  const _errs238 = errors;
                                                                  if (typeof data81[i5] !== "string") {
                                                                    validate0.errors = [{ instancePath: instancePath + "/plan/charter/barriers/" + i5, schemaPath: "#/properties/plan/properties/charter/properties/barriers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                  var valid79 = _errs238 === errors;
                                                                  if (!valid79) {
                                                                    break;
                                                                  }
                                                                }
                                                              } else {
                                                                validate0.errors = [{ instancePath: instancePath + "/plan/charter/barriers", schemaPath: "#/properties/plan/properties/charter/properties/barriers/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid76 = _errs236 === errors;
                                                          } else {
                                                            var valid76 = true;
                                                          }
                                                          if (valid76) {
                                                            if (data75.enablers !== void 0) {
                                                              let data83 = data75.enablers;
                                                              const _errs240 = errors;
                                                              if (errors === _errs240) {
                                                                if (Array.isArray(data83)) {
                                                                  var valid80 = true;
                                                                  const len6 = data83.length;
                                                                  for (let i6 = 0; i6 < len6; i6++) {
                                                                    const _errs242 = errors;
                                                                    if (typeof data83[i6] !== "string") {
                                                                      validate0.errors = [{ instancePath: instancePath + "/plan/charter/enablers/" + i6, schemaPath: "#/properties/plan/properties/charter/properties/enablers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                      return false;
                                                                    }
                                                                    var valid80 = _errs242 === errors;
                                                                    if (!valid80) {
                                                                      break;
                                                                    }
                                                                  }
                                                                } else {
                                                                  validate0.errors = [{ instancePath: instancePath + "/plan/charter/enablers", schemaPath: "#/properties/plan/properties/charter/properties/enablers/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid76 = _errs240 === errors;
                                                            } else {
                                                              var valid76 = true;
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate0.errors = [{ instancePath: instancePath + "/plan/charter", schemaPath: "#/properties/plan/properties/charter/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                              }
                                              var valid75 = _errs223 === errors;
                                            } else {
                                              var valid75 = true;
                                            }
                                            if (valid75) {
                                              if (data74.development !== void 0) {
                                                let data85 = data74.development;
                                                const _errs244 = errors;
                                                if (errors === _errs244) {
                                                  if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
                                                    const _errs246 = errors;
                                                    for (const key14 in data85) {
                                                      if (!(key14 === "objectives" || key14 === "strategies" || key14 === "tactics")) {
                                                        validate0.errors = [{ instancePath: instancePath + "/plan/development", schemaPath: "#/properties/plan/properties/development/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" }];
                                                        return false;
                                                        break;
                                                      }
                                                    }
                                                    if (_errs246 === errors) {
                                                      if (data85.objectives !== void 0) {
                                                        let data86 = data85.objectives;
                                                        const _errs247 = errors;
                                                        if (errors === _errs247) {
                                                          if (Array.isArray(data86)) {
                                                            var valid82 = true;
                                                            const len7 = data86.length;
                                                            for (let i7 = 0; i7 < len7; i7++) {
                                                              const _errs249 = errors;
                                                              if (typeof data86[i7] !== "string") {
                                                                validate0.errors = [{ instancePath: instancePath + "/plan/development/objectives/" + i7, schemaPath: "#/properties/plan/properties/development/properties/objectives/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                              var valid82 = _errs249 === errors;
                                                              if (!valid82) {
                                                                break;
                                                              }
                                                            }
                                                          } else {
                                                            validate0.errors = [{ instancePath: instancePath + "/plan/development/objectives", schemaPath: "#/properties/plan/properties/development/properties/objectives/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid81 = _errs247 === errors;
                                                      } else {
                                                        var valid81 = true;
                                                      }
                                                      if (valid81) {
                                                        if (data85.strategies !== void 0) {
                                                          let data88 = data85.strategies;
                                                          const _errs251 = errors;
                                                          if (errors === _errs251) {
                                                            if (Array.isArray(data88)) {
                                                              var valid83 = true;
                                                              const len8 = data88.length;
                                                              for (let i8 = 0; i8 < len8; i8++) {
                                                                const _errs253 = errors;
                                                                if (typeof data88[i8] !== "string") {
                                                                  validate0.errors = [{ instancePath: instancePath + "/plan/development/strategies/" + i8, schemaPath: "#/properties/plan/properties/development/properties/strategies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                                var valid83 = _errs253 === errors;
                                                                if (!valid83) {
                                                                  break;
                                                                }
                                                              }
                                                            } else {
                                                              validate0.errors = [{ instancePath: instancePath + "/plan/development/strategies", schemaPath: "#/properties/plan/properties/development/properties/strategies/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid81 = _errs251 === errors;
                                                        } else {
                                                          var valid81 = true;
                                                        }
                                                        if (valid81) {
                                                          if (data85.tactics !== void 0) {
                                                            let data90 = data85.tactics;
                                                            const _errs255 = errors;
                                                            if (errors === _errs255) {
                                                              if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
                                                                const _errs257 = errors;
                                                                for (const key15 in data90) {
                                                                  if (!(key15 === "q1" || key15 === "q2" || key15 === "q3" || key15 === "q4")) {
                                                                    validate0.errors = [{ instancePath: instancePath + "/plan/development/tactics", schemaPath: "#/properties/plan/properties/development/properties/tactics/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" }];
                                                                    return false;
                                                                    break;
                                                                  }
                                                                }
                                                                if (_errs257 === errors) {
                                                                  if (data90.q1 !== void 0) {
                                                                    let data91 = data90.q1;
                                                                    const _errs258 = errors;
                                                                    if (errors === _errs258) {
                                                                      if (Array.isArray(data91)) {
                                                                        var valid85 = true;
                                                                        const len9 = data91.length;
                                                                        for (let i9 = 0; i9 < len9; i9++) {
                                                                          const _errs260 = errors;
                                                                          if (!validate1(data91[i9], { instancePath: instancePath + "/plan/development/tactics/q1/" + i9, parentData: data91, parentDataProperty: i9, rootData })) {
                                                                            vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
                                                                            errors = vErrors.length;
                                                                          }
                                                                          var valid85 = _errs260 === errors;
                                                                          if (!valid85) {
                                                                            break;
                                                                          }
                                                                        }
                                                                      } else {
                                                                        validate0.errors = [{ instancePath: instancePath + "/plan/development/tactics/q1", schemaPath: "#/properties/plan/properties/development/properties/tactics/properties/q1/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid84 = _errs258 === errors;
                                                                  } else {
                                                                    var valid84 = true;
                                                                  }
                                                                  if (valid84) {
                                                                    if (data90.q2 !== void 0) {
                                                                      let data93 = data90.q2;
                                                                      const _errs261 = errors;
                                                                      if (errors === _errs261) {
                                                                        if (Array.isArray(data93)) {
                                                                          var valid86 = true;
                                                                          const len10 = data93.length;
                                                                          for (let i10 = 0; i10 < len10; i10++) {
                                                                            const _errs263 = errors;
                                                                            if (!validate1(data93[i10], { instancePath: instancePath + "/plan/development/tactics/q2/" + i10, parentData: data93, parentDataProperty: i10, rootData })) {
                                                                              vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
                                                                              errors = vErrors.length;
                                                                            }
                                                                            var valid86 = _errs263 === errors;
                                                                            if (!valid86) {
                                                                              break;
                                                                            }
                                                                          }
                                                                        } else {
                                                                          validate0.errors = [{ instancePath: instancePath + "/plan/development/tactics/q2", schemaPath: "#/properties/plan/properties/development/properties/tactics/properties/q2/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                      var valid84 = _errs261 === errors;
                                                                    } else {
                                                                      var valid84 = true;
                                                                    }
                                                                    if (valid84) {
                                                                      if (data90.q3 !== void 0) {
                                                                        let data95 = data90.q3;
                                                                        const _errs264 = errors;
                                                                        if (errors === _errs264) {
                                                                          if (Array.isArray(data95)) {
                                                                            var valid87 = true;
                                                                            const len11 = data95.length;
                                                                            for (let i11 = 0; i11 < len11; i11++) {
                                                                              const _errs266 = errors;
                                                                              if (!validate1(data95[i11], { instancePath: instancePath + "/plan/development/tactics/q3/" + i11, parentData: data95, parentDataProperty: i11, rootData })) {
                                                                                vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
                                                                                errors = vErrors.length;
                                                                              }
                                                                              var valid87 = _errs266 === errors;
                                                                              if (!valid87) {
                                                                                break;
                                                                              }
                                                                            }
                                                                          } else {
                                                                            validate0.errors = [{ instancePath: instancePath + "/plan/development/tactics/q3", schemaPath: "#/properties/plan/properties/development/properties/tactics/properties/q3/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                            return false;
                                                                          }
                                                                        }
                                                                        var valid84 = _errs264 === errors;
                                                                      } else {
                                                                        var valid84 = true;
                                                                      }
                                                                      if (valid84) {
                                                                        if (data90.q4 !== void 0) {
                                                                          let data97 = data90.q4;
                                                                          const _errs267 = errors;
                                                                          if (errors === _errs267) {
                                                                            if (Array.isArray(data97)) {
                                                                              var valid88 = true;
                                                                              const len12 = data97.length;
                                                                              for (let i12 = 0; i12 < len12; i12++) {
                                                                                const _errs269 = errors;
                                                                                if (!validate1(data97[i12], { instancePath: instancePath + "/plan/development/tactics/q4/" + i12, parentData: data97, parentDataProperty: i12, rootData })) {
                                                                                  vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
                                                                                  errors = vErrors.length;
                                                                                }
                                                                                var valid88 = _errs269 === errors;
                                                                                if (!valid88) {
                                                                                  break;
                                                                                }
                                                                              }
                                                                            } else {
                                                                              validate0.errors = [{ instancePath: instancePath + "/plan/development/tactics/q4", schemaPath: "#/properties/plan/properties/development/properties/tactics/properties/q4/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                          var valid84 = _errs267 === errors;
                                                                        } else {
                                                                          var valid84 = true;
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              } else {
                                                                validate0.errors = [{ instancePath: instancePath + "/plan/development/tactics", schemaPath: "#/properties/plan/properties/development/properties/tactics/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid81 = _errs255 === errors;
                                                          } else {
                                                            var valid81 = true;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  } else {
                                                    validate0.errors = [{ instancePath: instancePath + "/plan/development", schemaPath: "#/properties/plan/properties/development/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                  }
                                                }
                                                var valid75 = _errs244 === errors;
                                              } else {
                                                var valid75 = true;
                                              }
                                            }
                                          }
                                        } else {
                                          validate0.errors = [{ instancePath: instancePath + "/plan", schemaPath: "#/properties/plan/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid0 = _errs220 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.performance !== void 0) {
                                        let data99 = data.performance;
                                        const _errs270 = errors;
                                        if (errors === _errs270) {
                                          if (data99 && typeof data99 == "object" && !Array.isArray(data99)) {
                                            const _errs272 = errors;
                                            for (const key16 in data99) {
                                              if (!(key16 === "sales" || key16 === "satisfaction" || key16 === "alerts")) {
                                                validate0.errors = [{ instancePath: instancePath + "/performance", schemaPath: "#/properties/performance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" }];
                                                return false;
                                                break;
                                              }
                                            }
                                            if (_errs272 === errors) {
                                              if (data99.sales !== void 0) {
                                                let data100 = data99.sales;
                                                const _errs273 = errors;
                                                if (errors === _errs273) {
                                                  if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
                                                    const _errs275 = errors;
                                                    for (const key17 in data100) {
                                                      if (!(key17 === "target" || key17 === "achieved" || key17 === "forecast")) {
                                                        validate0.errors = [{ instancePath: instancePath + "/performance/sales", schemaPath: "#/properties/performance/properties/sales/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" }];
                                                        return false;
                                                        break;
                                                      }
                                                    }
                                                    if (_errs275 === errors) {
                                                      if (data100.target !== void 0) {
                                                        let data101 = data100.target;
                                                        const _errs276 = errors;
                                                        if (errors === _errs276) {
                                                          if (typeof data101 == "number" && isFinite(data101)) {
                                                            if (data101 > 1e15 || isNaN(data101)) {
                                                              validate0.errors = [{ instancePath: instancePath + "/performance/sales/target", schemaPath: "#/properties/performance/properties/sales/properties/target/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" }];
                                                              return false;
                                                            } else {
                                                              if (data101 < 0 || isNaN(data101)) {
                                                                validate0.errors = [{ instancePath: instancePath + "/performance/sales/target", schemaPath: "#/properties/performance/properties/sales/properties/target/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                return false;
                                                              }
                                                            }
                                                          } else {
                                                            validate0.errors = [{ instancePath: instancePath + "/performance/sales/target", schemaPath: "#/properties/performance/properties/sales/properties/target/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid90 = _errs276 === errors;
                                                      } else {
                                                        var valid90 = true;
                                                      }
                                                      if (valid90) {
                                                        if (data100.achieved !== void 0) {
                                                          let data102 = data100.achieved;
                                                          const _errs278 = errors;
                                                          if (errors === _errs278) {
                                                            if (typeof data102 == "number" && isFinite(data102)) {
                                                              if (data102 > 1e15 || isNaN(data102)) {
                                                                validate0.errors = [{ instancePath: instancePath + "/performance/sales/achieved", schemaPath: "#/properties/performance/properties/sales/properties/achieved/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" }];
                                                                return false;
                                                              } else {
                                                                if (data102 < 0 || isNaN(data102)) {
                                                                  validate0.errors = [{ instancePath: instancePath + "/performance/sales/achieved", schemaPath: "#/properties/performance/properties/sales/properties/achieved/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                  return false;
                                                                }
                                                              }
                                                            } else {
                                                              validate0.errors = [{ instancePath: instancePath + "/performance/sales/achieved", schemaPath: "#/properties/performance/properties/sales/properties/achieved/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid90 = _errs278 === errors;
                                                        } else {
                                                          var valid90 = true;
                                                        }
                                                        if (valid90) {
                                                          if (data100.forecast !== void 0) {
                                                            let data103 = data100.forecast;
                                                            const _errs280 = errors;
                                                            if (errors === _errs280) {
                                                              if (typeof data103 == "number" && isFinite(data103)) {
                                                                if (data103 > 1e15 || isNaN(data103)) {
                                                                  validate0.errors = [{ instancePath: instancePath + "/performance/sales/forecast", schemaPath: "#/properties/performance/properties/sales/properties/forecast/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" }];
                                                                  return false;
                                                                } else {
                                                                  if (data103 < 0 || isNaN(data103)) {
                                                                    validate0.errors = [{ instancePath: instancePath + "/performance/sales/forecast", schemaPath: "#/properties/performance/properties/sales/properties/forecast/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                    return false;
                                                                  }
                                                                }
                                                              } else {
                                                                validate0.errors = [{ instancePath: instancePath + "/performance/sales/forecast", schemaPath: "#/properties/performance/properties/sales/properties/forecast/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid90 = _errs280 === errors;
                                                          } else {
                                                            var valid90 = true;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  } else {
                                                    validate0.errors = [{ instancePath: instancePath + "/performance/sales", schemaPath: "#/properties/performance/properties/sales/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                  }
                                                }
                                                var valid89 = _errs273 === errors;
                                              } else {
                                                var valid89 = true;
                                              }
                                              if (valid89) {
                                                if (data99.satisfaction !== void 0) {
                                                  let data104 = data99.satisfaction;
                                                  const _errs282 = errors;
                                                  if (errors === _errs282) {
                                                    if (Array.isArray(data104)) {
                                                      var valid91 = true;
                                                      const len13 = data104.length;
                                                      for (let i13 = 0; i13 < len13; i13++) {
                                                        let data105 = data104[i13];
                                                        const _errs284 = errors;
                                                        if (errors === _errs284) {
                                                          if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
                                                            let missing3;
                                                            if (data105.date === void 0 && (missing3 = "date") || data105.score === void 0 && (missing3 = "score")) {
                                                              validate0.errors = [{ instancePath: instancePath + "/performance/satisfaction/" + i13, schemaPath: "#/properties/performance/properties/satisfaction/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                                              return false;
                                                            } else {
                                                              const _errs286 = errors;
                                                              for (const key18 in data105) {
                                                                if (!(key18 === "date" || key18 === "score" || key18 === "method" || key18 === "note")) {
                                                                  validate0.errors = [{ instancePath: instancePath + "/performance/satisfaction/" + i13, schemaPath: "#/properties/performance/properties/satisfaction/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" }];
                                                                  return false;
                                                                  break;
                                                                }
                                                              }
                                                              if (_errs286 === errors) {
                                                                if (data105.date !== void 0) {
                                                                  let data106 = data105.date;
                                                                  const _errs287 = errors;
                                                                  const _errs289 = errors;
                                                                  if (errors === _errs289) {
                                                                    if (errors === _errs289) {
                                                                      if (typeof data106 === "string") {
                                                                        if (!formats0(data106)) {
                                                                          validate0.errors = [{ instancePath: instancePath + "/performance/satisfaction/" + i13 + "/date", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                                                                          return false;
                                                                        }
                                                                      } else {
                                                                        validate0.errors = [{ instancePath: instancePath + "/performance/satisfaction/" + i13 + "/date", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                  }
                                                                  var valid92 = _errs287 === errors;
                                                                } else {
                                                                  var valid92 = true;
                                                                }
                                                                if (valid92) {
                                                                  if (data105.score !== void 0) {
                                                                    let data107 = data105.score;
                                                                    const _errs291 = errors;
                                                                    const _errs293 = errors;
                                                                    if (errors === _errs293) {
                                                                      if (typeof data107 == "number" && isFinite(data107)) {
                                                                        if (data107 > 10 || isNaN(data107)) {
                                                                          validate0.errors = [{ instancePath: instancePath + "/performance/satisfaction/" + i13 + "/score", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                                          return false;
                                                                        } else {
                                                                          if (data107 < 0 || isNaN(data107)) {
                                                                            validate0.errors = [{ instancePath: instancePath + "/performance/satisfaction/" + i13 + "/score", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                            return false;
                                                                          }
                                                                        }
                                                                      } else {
                                                                        validate0.errors = [{ instancePath: instancePath + "/performance/satisfaction/" + i13 + "/score", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid92 = _errs291 === errors;
                                                                  } else {
                                                                    var valid92 = true;
                                                                  }
                                                                  if (valid92) {
                                                                    if (data105.method !== void 0) {
                                                                      let data108 = data105.method;
                                                                      const _errs295 = errors;
                                                                      if (typeof data108 !== "string") {
                                                                        validate0.errors = [{ instancePath: instancePath + "/performance/satisfaction/" + i13 + "/method", schemaPath: "#/properties/performance/properties/satisfaction/items/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                      if (!(data108 === "survey" || data108 === "interview")) {
                                                                        validate0.errors = [{ instancePath: instancePath + "/performance/satisfaction/" + i13 + "/method", schemaPath: "#/properties/performance/properties/satisfaction/items/properties/method/enum", keyword: "enum", params: { allowedValues: schema0.properties.performance.properties.satisfaction.items.properties.method.enum }, message: "must be equal to one of the allowed values" }];
                                                                        return false;
                                                                      }
                                                                      var valid92 = _errs295 === errors;
                                                                    } else {
                                                                      var valid92 = true;
                                                                    }
                                                                    if (valid92) {
                                                                      if (data105.note !== void 0) {
                                                                        const _errs297 = errors;
                                                                        if (typeof data105.note !== "string") {
                                                                          validate0.errors = [{ instancePath: instancePath + "/performance/satisfaction/" + i13 + "/note", schemaPath: "#/properties/performance/properties/satisfaction/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                          return false;
                                                                        }
                                                                        var valid92 = _errs297 === errors;
                                                                      } else {
                                                                        var valid92 = true;
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          } else {
                                                            validate0.errors = [{ instancePath: instancePath + "/performance/satisfaction/" + i13, schemaPath: "#/properties/performance/properties/satisfaction/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid91 = _errs284 === errors;
                                                        if (!valid91) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate0.errors = [{ instancePath: instancePath + "/performance/satisfaction", schemaPath: "#/properties/performance/properties/satisfaction/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid89 = _errs282 === errors;
                                                } else {
                                                  var valid89 = true;
                                                }
                                                if (valid89) {
                                                  if (data99.alerts !== void 0) {
                                                    let data110 = data99.alerts;
                                                    const _errs299 = errors;
                                                    if (errors === _errs299) {
                                                      if (Array.isArray(data110)) {
                                                        var valid97 = true;
                                                        const len14 = data110.length;
                                                        for (let i14 = 0; i14 < len14; i14++) {
                                                          let data111 = data110[i14];
                                                          const _errs301 = errors;
                                                          if (errors === _errs301) {
                                                            if (data111 && typeof data111 == "object" && !Array.isArray(data111)) {
                                                              let missing4;
                                                              if (data111.date === void 0 && (missing4 = "date") || data111.symptom === void 0 && (missing4 = "symptom")) {
                                                                validate0.errors = [{ instancePath: instancePath + "/performance/alerts/" + i14, schemaPath: "#/properties/performance/properties/alerts/items/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                                                return false;
                                                              } else {
                                                                const _errs303 = errors;
                                                                for (const key19 in data111) {
                                                                  if (!(key19 === "date" || key19 === "symptom" || key19 === "severity" || key19 === "resolved")) {
                                                                    validate0.errors = [{ instancePath: instancePath + "/performance/alerts/" + i14, schemaPath: "#/properties/performance/properties/alerts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" }];
                                                                    return false;
                                                                    break;
                                                                  }
                                                                }
                                                                if (_errs303 === errors) {
                                                                  if (data111.date !== void 0) {
                                                                    let data112 = data111.date;
                                                                    const _errs304 = errors;
                                                                    const _errs306 = errors;
                                                                    if (errors === _errs306) {
                                                                      if (errors === _errs306) {
                                                                        if (typeof data112 === "string") {
                                                                          if (!formats0(data112)) {
                                                                            validate0.errors = [{ instancePath: instancePath + "/performance/alerts/" + i14 + "/date", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                                                                            return false;
                                                                          }
                                                                        } else {
                                                                          validate0.errors = [{ instancePath: instancePath + "/performance/alerts/" + i14 + "/date", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                    }
                                                                    var valid98 = _errs304 === errors;
                                                                  } else {
                                                                    var valid98 = true;
                                                                  }
                                                                  if (valid98) {
                                                                    if (data111.symptom !== void 0) {
                                                                      let data113 = data111.symptom;
                                                                      const _errs308 = errors;
                                                                      if (errors === _errs308) {
                                                                        if (typeof data113 === "string") {
                                                                          if (func1(data113) < 1) {
                                                                            validate0.errors = [{ instancePath: instancePath + "/performance/alerts/" + i14 + "/symptom", schemaPath: "#/properties/performance/properties/alerts/items/properties/symptom/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                            return false;
                                                                          }
                                                                        } else {
                                                                          validate0.errors = [{ instancePath: instancePath + "/performance/alerts/" + i14 + "/symptom", schemaPath: "#/properties/performance/properties/alerts/items/properties/symptom/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                      var valid98 = _errs308 === errors;
                                                                    } else {
                                                                      var valid98 = true;
                                                                    }
                                                                    if (valid98) {
                                                                      if (data111.severity !== void 0) {
                                                                        let data114 = data111.severity;
                                                                        const _errs310 = errors;
                                                                        if (typeof data114 !== "string") {
                                                                          validate0.errors = [{ instancePath: instancePath + "/performance/alerts/" + i14 + "/severity", schemaPath: "#/properties/performance/properties/alerts/items/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                          return false;
                                                                        }
                                                                        if (!(data114 === "low" || data114 === "medium" || data114 === "high")) {
                                                                          validate0.errors = [{ instancePath: instancePath + "/performance/alerts/" + i14 + "/severity", schemaPath: "#/properties/performance/properties/alerts/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema0.properties.performance.properties.alerts.items.properties.severity.enum }, message: "must be equal to one of the allowed values" }];
                                                                          return false;
                                                                        }
                                                                        var valid98 = _errs310 === errors;
                                                                      } else {
                                                                        var valid98 = true;
                                                                      }
                                                                      if (valid98) {
                                                                        if (data111.resolved !== void 0) {
                                                                          let data115 = data111.resolved;
                                                                          const _errs312 = errors;
                                                                          const _errs314 = errors;
                                                                          if (errors === _errs314) {
                                                                            if (errors === _errs314) {
                                                                              if (typeof data115 === "string") {
                                                                                if (!formats0(data115)) {
                                                                                  validate0.errors = [{ instancePath: instancePath + "/performance/alerts/" + i14 + "/resolved", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                                                                                  return false;
                                                                                }
                                                                              } else {
                                                                                validate0.errors = [{ instancePath: instancePath + "/performance/alerts/" + i14 + "/resolved", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                          }
                                                                          var valid98 = _errs312 === errors;
                                                                        } else {
                                                                          var valid98 = true;
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            } else {
                                                              validate0.errors = [{ instancePath: instancePath + "/performance/alerts/" + i14, schemaPath: "#/properties/performance/properties/alerts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid97 = _errs301 === errors;
                                                          if (!valid97) {
                                                            break;
                                                          }
                                                        }
                                                      } else {
                                                        validate0.errors = [{ instancePath: instancePath + "/performance/alerts", schemaPath: "#/properties/performance/properties/alerts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid89 = _errs299 === errors;
                                                  } else {
                                                    var valid89 = true;
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate0.errors = [{ instancePath: instancePath + "/performance", schemaPath: "#/properties/performance/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid0 = _errs270 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.forces !== void 0) {
                                          let data116 = data.forces;
                                          const _errs316 = errors;
                                          if (errors === _errs316) {
                                            if (data116 && typeof data116 == "object" && !Array.isArray(data116)) {
                                              const _errs318 = errors;
                                              for (const key20 in data116) {
                                                if (!(key20 === "new_entrants" || key20 === "supplier_power" || key20 === "rivalry" || key20 === "buyer_power" || key20 === "substitutes")) {
                                                  validate0.errors = [{ instancePath: instancePath + "/forces", schemaPath: "#/properties/forces/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" }];
                                                  return false;
                                                  break;
                                                }
                                              }
                                              if (_errs318 === errors) {
                                                if (data116.new_entrants !== void 0) {
                                                  let data117 = data116.new_entrants;
                                                  const _errs319 = errors;
                                                  const _errs321 = errors;
                                                  if (errors === _errs321) {
                                                    if (typeof data117 == "number" && isFinite(data117)) {
                                                      if (data117 > 10 || isNaN(data117)) {
                                                        validate0.errors = [{ instancePath: instancePath + "/forces/new_entrants", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                        return false;
                                                      } else {
                                                        if (data117 < 0 || isNaN(data117)) {
                                                          validate0.errors = [{ instancePath: instancePath + "/forces/new_entrants", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                          return false;
                                                        }
                                                      }
                                                    } else {
                                                      validate0.errors = [{ instancePath: instancePath + "/forces/new_entrants", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid103 = _errs319 === errors;
                                                } else {
                                                  var valid103 = true;
                                                }
                                                if (valid103) {
                                                  if (data116.supplier_power !== void 0) {
                                                    let data118 = data116.supplier_power;
                                                    const _errs323 = errors;
                                                    const _errs325 = errors;
                                                    if (errors === _errs325) {
                                                      if (typeof data118 == "number" && isFinite(data118)) {
                                                        if (data118 > 10 || isNaN(data118)) {
                                                          validate0.errors = [{ instancePath: instancePath + "/forces/supplier_power", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                          return false;
                                                        } else {
                                                          if (data118 < 0 || isNaN(data118)) {
                                                            validate0.errors = [{ instancePath: instancePath + "/forces/supplier_power", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                            return false;
                                                          }
                                                        }
                                                      } else {
                                                        validate0.errors = [{ instancePath: instancePath + "/forces/supplier_power", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid103 = _errs323 === errors;
                                                  } else {
                                                    var valid103 = true;
                                                  }
                                                  if (valid103) {
                                                    if (data116.rivalry !== void 0) {
                                                      let data119 = data116.rivalry;
                                                      const _errs327 = errors;
                                                      const _errs329 = errors;
                                                      if (errors === _errs329) {
                                                        if (typeof data119 == "number" && isFinite(data119)) {
                                                          if (data119 > 10 || isNaN(data119)) {
                                                            validate0.errors = [{ instancePath: instancePath + "/forces/rivalry", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                            return false;
                                                          } else {
                                                            if (data119 < 0 || isNaN(data119)) {
                                                              validate0.errors = [{ instancePath: instancePath + "/forces/rivalry", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                              return false;
                                                            }
                                                          }
                                                        } else {
                                                          validate0.errors = [{ instancePath: instancePath + "/forces/rivalry", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid103 = _errs327 === errors;
                                                    } else {
                                                      var valid103 = true;
                                                    }
                                                    if (valid103) {
                                                      if (data116.buyer_power !== void 0) {
                                                        let data120 = data116.buyer_power;
                                                        const _errs331 = errors;
                                                        const _errs333 = errors;
                                                        if (errors === _errs333) {
                                                          if (typeof data120 == "number" && isFinite(data120)) {
                                                            if (data120 > 10 || isNaN(data120)) {
                                                              validate0.errors = [{ instancePath: instancePath + "/forces/buyer_power", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                              return false;
                                                            } else {
                                                              if (data120 < 0 || isNaN(data120)) {
                                                                validate0.errors = [{ instancePath: instancePath + "/forces/buyer_power", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                return false;
                                                              }
                                                            }
                                                          } else {
                                                            validate0.errors = [{ instancePath: instancePath + "/forces/buyer_power", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid103 = _errs331 === errors;
                                                      } else {
                                                        var valid103 = true;
                                                      }
                                                      if (valid103) {
                                                        if (data116.substitutes !== void 0) {
                                                          let data121 = data116.substitutes;
                                                          const _errs335 = errors;
                                                          const _errs337 = errors;
                                                          if (errors === _errs337) {
                                                            if (typeof data121 == "number" && isFinite(data121)) {
                                                              if (data121 > 10 || isNaN(data121)) {
                                                                validate0.errors = [{ instancePath: instancePath + "/forces/substitutes", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                                return false;
                                                              } else {
                                                                if (data121 < 0 || isNaN(data121)) {
                                                                  validate0.errors = [{ instancePath: instancePath + "/forces/substitutes", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                  return false;
                                                                }
                                                              }
                                                            } else {
                                                              validate0.errors = [{ instancePath: instancePath + "/forces/substitutes", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid103 = _errs335 === errors;
                                                        } else {
                                                          var valid103 = true;
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate0.errors = [{ instancePath: instancePath + "/forces", schemaPath: "#/properties/forces/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid0 = _errs316 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.target !== void 0) {
                                            let data122 = data.target;
                                            const _errs339 = errors;
                                            if (errors === _errs339) {
                                              if (data122 && typeof data122 == "object" && !Array.isArray(data122)) {
                                                const _errs341 = errors;
                                                for (const key21 in data122) {
                                                  if (!(key21 === "attractiveness" || key21 === "strength" || key21 === "by")) {
                                                    validate0.errors = [{ instancePath: instancePath + "/target", schemaPath: "#/properties/target/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" }];
                                                    return false;
                                                    break;
                                                  }
                                                }
                                                if (_errs341 === errors) {
                                                  if (data122.attractiveness !== void 0) {
                                                    let data123 = data122.attractiveness;
                                                    const _errs342 = errors;
                                                    const _errs344 = errors;
                                                    if (errors === _errs344) {
                                                      if (typeof data123 == "number" && isFinite(data123)) {
                                                        if (data123 > 10 || isNaN(data123)) {
                                                          validate0.errors = [{ instancePath: instancePath + "/target/attractiveness", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                          return false;
                                                        } else {
                                                          if (data123 < 0 || isNaN(data123)) {
                                                            validate0.errors = [{ instancePath: instancePath + "/target/attractiveness", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                            return false;
                                                          }
                                                        }
                                                      } else {
                                                        validate0.errors = [{ instancePath: instancePath + "/target/attractiveness", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid114 = _errs342 === errors;
                                                  } else {
                                                    var valid114 = true;
                                                  }
                                                  if (valid114) {
                                                    if (data122.strength !== void 0) {
                                                      let data124 = data122.strength;
                                                      const _errs346 = errors;
                                                      const _errs348 = errors;
                                                      if (errors === _errs348) {
                                                        if (typeof data124 == "number" && isFinite(data124)) {
                                                          if (data124 > 10 || isNaN(data124)) {
                                                            validate0.errors = [{ instancePath: instancePath + "/target/strength", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                            return false;
                                                          } else {
                                                            if (data124 < 0 || isNaN(data124)) {
                                                              validate0.errors = [{ instancePath: instancePath + "/target/strength", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                              return false;
                                                            }
                                                          }
                                                        } else {
                                                          validate0.errors = [{ instancePath: instancePath + "/target/strength", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid114 = _errs346 === errors;
                                                    } else {
                                                      var valid114 = true;
                                                    }
                                                    if (valid114) {
                                                      if (data122.by !== void 0) {
                                                        let data125 = data122.by;
                                                        const _errs350 = errors;
                                                        const _errs352 = errors;
                                                        if (errors === _errs352) {
                                                          if (errors === _errs352) {
                                                            if (typeof data125 === "string") {
                                                              if (!formats0(data125)) {
                                                                validate0.errors = [{ instancePath: instancePath + "/target/by", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                                                                return false;
                                                              }
                                                            } else {
                                                              validate0.errors = [{ instancePath: instancePath + "/target/by", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                          }
                                                        }
                                                        var valid114 = _errs350 === errors;
                                                      } else {
                                                        var valid114 = true;
                                                      }
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate0.errors = [{ instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid0 = _errs339 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.accept !== void 0) {
                                              let data126 = data.accept;
                                              const _errs354 = errors;
                                              if (errors === _errs354) {
                                                if (Array.isArray(data126)) {
                                                  var valid121 = true;
                                                  const len15 = data126.length;
                                                  for (let i15 = 0; i15 < len15; i15++) {
                                                    let data127 = data126[i15];
                                                    const _errs356 = errors;
                                                    if (errors === _errs356) {
                                                      if (data127 && typeof data127 == "object" && !Array.isArray(data127)) {
                                                        let missing5;
                                                        if (data127.rule === void 0 && (missing5 = "rule") || data127.reason === void 0 && (missing5 = "reason")) {
                                                          validate0.errors = [{ instancePath: instancePath + "/accept/" + i15, schemaPath: "#/properties/accept/items/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                                          return false;
                                                        } else {
                                                          const _errs358 = errors;
                                                          for (const key22 in data127) {
                                                            if (!(key22 === "rule" || key22 === "reason" || key22 === "until")) {
                                                              validate0.errors = [{ instancePath: instancePath + "/accept/" + i15, schemaPath: "#/properties/accept/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" }];
                                                              return false;
                                                              break;
                                                            }
                                                          }
                                                          if (_errs358 === errors) {
                                                            if (data127.rule !== void 0) {
                                                              let data128 = data127.rule;
                                                              const _errs359 = errors;
                                                              if (errors === _errs359) {
                                                                if (typeof data128 === "string") {
                                                                  if (func1(data128) < 1) {
                                                                    validate0.errors = [{ instancePath: instancePath + "/accept/" + i15 + "/rule", schemaPath: "#/properties/accept/items/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                    return false;
                                                                  }
                                                                } else {
                                                                  validate0.errors = [{ instancePath: instancePath + "/accept/" + i15 + "/rule", schemaPath: "#/properties/accept/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid122 = _errs359 === errors;
                                                            } else {
                                                              var valid122 = true;
                                                            }
                                                            if (valid122) {
                                                              if (data127.reason !== void 0) {
                                                                let data129 = data127.reason;
                                                                const _errs361 = errors;
                                                                if (errors === _errs361) {
                                                                  if (typeof data129 === "string") {
                                                                    if (func1(data129) < 1) {
                                                                      validate0.errors = [{ instancePath: instancePath + "/accept/" + i15 + "/reason", schemaPath: "#/properties/accept/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                      return false;
                                                                    } else {
                                                                      if (!pattern1.test(data129)) {
                                                                        validate0.errors = [{ instancePath: instancePath + "/accept/" + i15 + "/reason", schemaPath: "#/properties/accept/items/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                  } else {
                                                                    validate0.errors = [{ instancePath: instancePath + "/accept/" + i15 + "/reason", schemaPath: "#/properties/accept/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid122 = _errs361 === errors;
                                                              } else {
                                                                var valid122 = true;
                                                              }
                                                              if (valid122) {
                                                                if (data127.until !== void 0) {
                                                                  let data130 = data127.until;
                                                                  const _errs363 = errors;
                                                                  const _errs365 = errors;
                                                                  if (errors === _errs365) {
                                                                    if (errors === _errs365) {
                                                                      if (typeof data130 === "string") {
                                                                        if (!formats0(data130)) {
                                                                          validate0.errors = [{ instancePath: instancePath + "/accept/" + i15 + "/until", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                                                                          return false;
                                                                        }
                                                                      } else {
                                                                        validate0.errors = [{ instancePath: instancePath + "/accept/" + i15 + "/until", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                  }
                                                                  var valid122 = _errs363 === errors;
                                                                } else {
                                                                  var valid122 = true;
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      } else {
                                                        validate0.errors = [{ instancePath: instancePath + "/accept/" + i15, schemaPath: "#/properties/accept/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid121 = _errs356 === errors;
                                                    if (!valid121) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate0.errors = [{ instancePath: instancePath + "/accept", schemaPath: "#/properties/accept/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                  return false;
                                                }
                                              }
                                              var valid0 = _errs354 === errors;
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

// src/io/schema.ts
var SCHEMAS = { account: account_schema_default, config: config_schema_default };
function readSchema(name) {
  return SCHEMAS[name];
}
function makeAjv(full, code = {}) {
  const ajv = new import_ajv.Ajv({ allErrors: full, verbose: full, strict: false, strictNumbers: true, validateSchema: false, code: { optimize: false, ...code } });
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
  isDate,
  readSchema,
  accountSchemaFor,
  accountValidators,
  compileConfigValidator,
  schemaProblems
};
