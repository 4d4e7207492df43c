import { createRequire as __ropaRequire } from "node:module"; const require = __ropaRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/@open-policy-agent/opa-wasm/src/builtins/json.js
var require_json = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/json.js"(exports, module2) {
    function isValidJSON(str) {
      if (typeof str !== "string") {
        return;
      }
      try {
        JSON.parse(str);
        return true;
      } catch (err) {
        if (err instanceof SyntaxError) {
          return false;
        }
        throw err;
      }
    }
    module2.exports = {
      "json.is_valid": isValidJSON
    };
  }
});

// opa-builtins-stub:./strings
var require_strings = __commonJS({
  "opa-builtins-stub:./strings"(exports, module2) {
    module2.exports = { "sprintf": () => {
      throw new Error("the policy calls the built-in sprintf, which ropa's bundle leaves out (scripts/opa-builtins.ts): remove it from LEFT_OUT there and rebuild");
    } };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/regex.js
var require_regex = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/regex.js"(exports, module2) {
    var regexSplit = (pattern, s) => s.split(RegExp(pattern));
    module2.exports = { "regex.split": regexSplit };
  }
});

// opa-builtins-stub:./yaml
var require_yaml = __commonJS({
  "opa-builtins-stub:./yaml"(exports, module2) {
    module2.exports = { "yaml.is_valid": () => {
      throw new Error("the policy calls the built-in yaml.is_valid, which ropa's bundle leaves out (scripts/opa-builtins.ts): remove it from LEFT_OUT there and rebuild");
    }, "yaml.marshal": () => {
      throw new Error("the policy calls the built-in yaml.marshal, which ropa's bundle leaves out (scripts/opa-builtins.ts): remove it from LEFT_OUT there and rebuild");
    }, "yaml.unmarshal": () => {
      throw new Error("the policy calls the built-in yaml.unmarshal, which ropa's bundle leaves out (scripts/opa-builtins.ts): remove it from LEFT_OUT there and rebuild");
    } };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/index.js
var require_builtins = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/index.js"(exports, module2) {
    var json = require_json();
    var strings = require_strings();
    var regex = require_regex();
    var yaml = require_yaml();
    module2.exports = {
      ...json,
      ...strings,
      ...regex,
      ...yaml
    };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/opa.js
var require_opa = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/opa.js"(exports, module2) {
    var builtIns = require_builtins();
    function stringDecoder(mem) {
      return function(addr) {
        const i8 = new Int8Array(mem.buffer);
        let s = "";
        while (i8[addr] !== 0) {
          s += String.fromCharCode(i8[addr++]);
        }
        return s;
      };
    }
    function _loadJSON(wasmInstance, memory, value) {
      if (value === void 0) {
        return 0;
      }
      let valueBuf;
      if (value instanceof ArrayBuffer) {
        valueBuf = new Uint8Array(value);
      } else {
        const valueAsText = JSON.stringify(value);
        valueBuf = new TextEncoder().encode(valueAsText);
      }
      const valueBufLen = valueBuf.byteLength;
      const rawAddr = wasmInstance.exports.opa_malloc(valueBufLen);
      const memoryBuffer = new Uint8Array(memory.buffer);
      memoryBuffer.set(valueBuf, rawAddr);
      const parsedAddr = wasmInstance.exports.opa_json_parse(rawAddr, valueBufLen);
      if (parsedAddr === 0) {
        throw "failed to parse json value";
      }
      return parsedAddr;
    }
    function _dumpJSON(wasmInstance, memory, addr) {
      const rawAddr = wasmInstance.exports.opa_json_dump(addr);
      return _dumpJSONRaw(memory, rawAddr);
    }
    function _dumpJSONRaw(memory, addr) {
      const buf = new Uint8Array(memory.buffer);
      let idx = addr;
      while (buf[idx] !== 0) {
        idx++;
      }
      const utf8View = new Uint8Array(memory.buffer, addr, idx - addr);
      const jsonAsText = new TextDecoder().decode(utf8View);
      return JSON.parse(jsonAsText);
    }
    var builtinFuncs = builtIns;
    function _builtinCall(wasmInstance, memory, builtins, customBuiltins, builtinId) {
      const builtInName = builtins[builtinId];
      const impl = builtinFuncs[builtInName] || customBuiltins[builtInName];
      if (impl === void 0) {
        throw {
          message: "not implemented: built-in function " + builtinId + ": " + builtins[builtinId]
        };
      }
      const argArray = Array.prototype.slice.apply(arguments);
      const args = [];
      for (let i = 5; i < argArray.length; i++) {
        const jsArg = _dumpJSON(wasmInstance, memory, argArray[i]);
        args.push(jsArg);
      }
      const result = impl(...args);
      return _loadJSON(wasmInstance, memory, result);
    }
    function _importObject(env, memory, customBuiltins) {
      const addr2string = stringDecoder(memory);
      return {
        env: {
          memory,
          opa_abort: function(addr) {
            throw addr2string(addr);
          },
          opa_println: function(addr) {
            console.log(addr2string(addr));
          },
          opa_builtin0: function(builtinId, _ctx) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId
            );
          },
          opa_builtin1: function(builtinId, _ctx, arg1) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1
            );
          },
          opa_builtin2: function(builtinId, _ctx, arg1, arg2) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2
            );
          },
          opa_builtin3: function(builtinId, _ctx, arg1, arg2, arg3) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2,
              arg3
            );
          },
          opa_builtin4: function(builtinId, _ctx, arg1, arg2, arg3, arg4) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2,
              arg3,
              arg4
            );
          }
        }
      };
    }
    function _preparePolicy(env, wasm, memory) {
      env.instance = wasm.instance ? wasm.instance : wasm;
      const abiVersionGlobal = env.instance.exports.opa_wasm_abi_version;
      if (abiVersionGlobal !== void 0) {
        const abiVersion = typeof abiVersionGlobal === "number" ? abiVersionGlobal : abiVersionGlobal.value;
        if (abiVersion !== 1) {
          throw `unsupported ABI version ${abiVersion}`;
        }
      } else {
        console.error("opa_wasm_abi_version undefined");
      }
      const abiMinorVersionGlobal = env.instance.exports.opa_wasm_abi_minor_version;
      let abiMinorVersion;
      if (abiMinorVersionGlobal !== void 0) {
        abiMinorVersion = typeof abiMinorVersionGlobal === "number" ? abiMinorVersionGlobal : abiMinorVersionGlobal.value;
      } else {
        console.error("opa_wasm_abi_minor_version undefined");
      }
      const builtins = _dumpJSON(
        env.instance,
        memory,
        env.instance.exports.builtins()
      );
      env.builtins = {};
      for (const key of Object.keys(builtins)) {
        env.builtins[builtins[key]] = key;
      }
      return { policy: wasm, minorVersion: abiMinorVersion };
    }
    async function _loadPolicy(policyWasm, memory, customBuiltins) {
      const env = {};
      const isStreaming = policyWasm instanceof Response || policyWasm instanceof Promise;
      const importObject = _importObject(env, memory, customBuiltins);
      const wasm = await (isStreaming ? WebAssembly.instantiateStreaming(policyWasm, importObject) : WebAssembly.instantiate(policyWasm, importObject));
      return _preparePolicy(env, wasm, memory);
    }
    function _loadPolicySync(policyWasm, memory, customBuiltins) {
      const env = {};
      if (policyWasm instanceof ArrayBuffer || policyWasm.buffer instanceof ArrayBuffer) {
        policyWasm = new WebAssembly.Module(policyWasm);
      }
      const wasm = new WebAssembly.Instance(
        policyWasm,
        _importObject(env, memory, customBuiltins)
      );
      return _preparePolicy(env, wasm, memory);
    }
    var LoadedPolicy = class {
      /**
       * Loads and initializes a compiled Rego policy.
       * @param {WebAssembly.WebAssemblyInstantiatedSource} policy
       * @param {WebAssembly.Memory} memory
       */
      constructor(policy, memory, minorVersion) {
        this.minorVersion = minorVersion;
        this.mem = memory;
        this.wasmInstance = policy.instance ? policy.instance : policy;
        this.dataAddr = _loadJSON(this.wasmInstance, this.mem, {});
        this.baseHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
        this.dataHeapPtr = this.baseHeapPtr;
        this.entrypoints = _dumpJSON(
          this.wasmInstance,
          this.mem,
          this.wasmInstance.exports.entrypoints()
        );
      }
      /**
       * Evaluates the loaded policy with the given input and
       * return the result set. This should be re-used for multiple evaluations
       * of the same policy with different inputs.
       *
       * To call a non-default entrypoint in your WASM specify it as the second
       * param. A list of entrypoints can be accessed with the `this.entrypoints`
       * property.
       * @param {any | ArrayBuffer} input input to be evaluated in form of `object`, literal primitive or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
       * @param {number | string} entrypoint ID or name of the entrypoint to call (optional)
       */
      evaluate(input, entrypoint = 0) {
        if (typeof entrypoint === "number") {
        } else if (typeof entrypoint === "string") {
          if (Object.prototype.hasOwnProperty.call(this.entrypoints, entrypoint)) {
            entrypoint = this.entrypoints[entrypoint];
          } else {
            throw `entrypoint ${entrypoint} is not valid in this instance`;
          }
        } else {
          throw `entrypoint value is an invalid type, must be either string or number`;
        }
        if (this.minorVersion >= 2) {
          let inputBuf = null;
          let inputLen = 0;
          let inputAddr2 = 0;
          if (input) {
            if (input instanceof ArrayBuffer) {
              inputBuf = new Uint8Array(input);
            } else {
              const inputAsText = JSON.stringify(input);
              inputBuf = new TextEncoder().encode(inputAsText);
            }
            inputAddr2 = this.dataHeapPtr;
            inputLen = inputBuf.byteLength;
            const delta = inputAddr2 + inputLen - this.mem.buffer.byteLength;
            if (delta > 0) {
              const pages = roundup(delta);
              this.mem.grow(pages);
            }
            const buf = new Uint8Array(this.mem.buffer);
            buf.set(inputBuf, this.dataHeapPtr);
          }
          const heapPtr = this.dataHeapPtr + inputLen;
          const ret = this.wasmInstance.exports.opa_eval(
            0,
            entrypoint,
            this.dataAddr,
            inputAddr2,
            inputLen,
            heapPtr,
            0
          );
          return _dumpJSONRaw(this.mem, ret);
        }
        this.wasmInstance.exports.opa_heap_ptr_set(this.dataHeapPtr);
        const inputAddr = _loadJSON(this.wasmInstance, this.mem, input);
        const ctxAddr = this.wasmInstance.exports.opa_eval_ctx_new();
        this.wasmInstance.exports.opa_eval_ctx_set_input(ctxAddr, inputAddr);
        this.wasmInstance.exports.opa_eval_ctx_set_data(ctxAddr, this.dataAddr);
        this.wasmInstance.exports.opa_eval_ctx_set_entrypoint(ctxAddr, entrypoint);
        this.wasmInstance.exports.eval(ctxAddr);
        const resultAddr = this.wasmInstance.exports.opa_eval_ctx_get_result(
          ctxAddr
        );
        return _dumpJSON(this.wasmInstance, this.mem, resultAddr);
      }
      /**
       * evalBool will evaluate the policy and return a boolean answer
       * depending on the return code from the policy evaluation.
       * @deprecated Use `evaluate` instead.
       * @param {object} input
       */
      evalBool(input) {
        const rs = this.evaluate(input);
        return rs && rs.length === 1 && rs[0] === true;
      }
      /**
       * Loads data for use in subsequent evaluations.
       * @param {object | ArrayBuffer} data  data in form of `object` or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
       */
      setData(data2) {
        this.wasmInstance.exports.opa_heap_ptr_set(this.baseHeapPtr);
        this.dataAddr = _loadJSON(this.wasmInstance, this.mem, data2);
        this.dataHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
      }
    };
    function roundup(bytes) {
      const pageSize = 64 * 1024;
      return Math.ceil(bytes / pageSize);
    }
    module2.exports = {
      /**
       * Takes in either an ArrayBuffer or WebAssembly.Module
       * and will return a Promise of a LoadedPolicy object which
       * can be used to evaluate the policy.
       *
       * To set custom memory size specify number of memory pages
       * as second param.
       * Defaults to 5 pages (320KB).
       * @param {BufferSource | WebAssembly.Module | Response | Promise<Response>} regoWasm
       * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
       * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
       * @returns {Promise<LoadedPolicy>}
       */
      async loadPolicy(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
        if (typeof memoryDescriptor === "number") {
          memoryDescriptor = { initial: memoryDescriptor };
        }
        memoryDescriptor.initial = memoryDescriptor.initial || 5;
        const memory = new WebAssembly.Memory(memoryDescriptor);
        const { policy, minorVersion } = await _loadPolicy(
          regoWasm,
          memory,
          customBuiltins
        );
        return new LoadedPolicy(policy, memory, minorVersion);
      },
      /**
       * Takes in either an ArrayBuffer or WebAssembly.Module
       * and will return a LoadedPolicy object which can be
       * used to evaluate the policy.
       *
       * This cannot be used from the main thread in a browser.
       * You must use the `loadPolicy` function instead, or call
       * from a worker thread.
       *
       * To set custom memory size specify number of memory pages
       * as second param.
       * Defaults to 5 pages (320KB).
       * @param {BufferSource | WebAssembly.Module} regoWasm
       * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
       * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
       * @returns {LoadedPolicy}
       */
      loadPolicySync(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
        if (typeof memoryDescriptor === "number") {
          memoryDescriptor = { initial: memoryDescriptor };
        }
        memoryDescriptor.initial = memoryDescriptor.initial || 5;
        const memory = new WebAssembly.Memory(memoryDescriptor);
        const { policy, minorVersion } = _loadPolicySync(
          regoWasm,
          memory,
          customBuiltins
        );
        return new LoadedPolicy(policy, memory, minorVersion);
      },
      LoadedPolicy
    };
  }
});

// engine/eval-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// node_modules/@open-policy-agent/opa-wasm/src/index.mjs
var import_opa = __toESM(require_opa(), 1);
var loadPolicy = import_opa.default.loadPolicy;
var src_default = import_opa.default;

// engine/instance.ts
import { createRequire } from "node:module";
import { runInNewContext } from "node:vm";
var { loadPolicySync } = src_default;
var MAX_WASM_MEMORY_PAGES = 16384;
var WASM_MEMORY_PER_INPUT_BYTE = 256;
var WASM32_PAGES = 65535;
var PAGE = 65536;
function memoryPages(inputBytes, maxMemoryPages2) {
  const maximum = Math.min(WASM32_PAGES, maxMemoryPages2 ?? Math.max(MAX_WASM_MEMORY_PAGES, Math.ceil(inputBytes * WASM_MEMORY_PER_INPUT_BYTE / PAGE)));
  return { initial: Math.min(maximum, Math.ceil(inputBytes * HEAP_PER_INPUT_BYTE / PAGE) + 64), maximum };
}
var HEAP_PER_INPUT_BYTE = WASM_MEMORY_PER_INPUT_BYTE;
var PRESIZED_INPUT_BYTES = 512 * 1024;
var PolicyInstance = class {
  /** Throws what opa-wasm throws when the module does not instantiate (see describe). */
  constructor(module2, data2, maxMemoryPages2) {
    this.module = module2;
    this.data = data2;
    this.maxMemoryPages = maxMemoryPages2;
    this.maxPages = memoryPages(0, maxMemoryPages2).maximum;
    this.wasm = this.load(Math.min(5, this.maxPages));
  }
  module;
  data;
  maxMemoryPages;
  wasm;
  /** The memory limit of the instances made now: grown for a large input, never shrunk. */
  maxPages;
  /** Whether this has evaluated an input: a memory grown after that is grown for the inputs to come. */
  evaluated = false;
  /**
   * Whether the instance holds the data. It is given it before its first evaluation, not when made: the first
   * instance is made small, to read the entrypoints, and remade for a large first input's memory (data.json
   * written into two instances took ~1.5 ms of a small check).
   */
  withData = false;
  get entrypoints() {
    return this.wasm.entrypoints;
  }
  /** The raw result set of `entrypoint` for the input JSON `bytes`, in an instance big enough for them. */
  evaluate(bytes, entrypoint) {
    const wanted = memoryPages(bytes.byteLength, this.maxMemoryPages);
    const presized = bytes.byteLength >= PRESIZED_INPUT_BYTES;
    if (presized && wanted.initial * PAGE > this.wasm.mem.buffer.byteLength || wanted.maximum > this.maxPages) {
      const grow = this.evaluated ? 2 : 1;
      this.maxPages = Math.max(this.maxPages, this.maxMemoryPages ?? Math.min(WASM32_PAGES, grow * wanted.maximum));
      this.wasm = this.load(Math.min(this.maxPages, grow * wanted.initial));
    }
    if (!this.withData) {
      this.wasm.setData(this.data);
      this.withData = true;
    }
    this.evaluated = true;
    return this.wasm.evaluate(bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer, entrypoint);
  }
  /**
   * Lets go of an instance grown for a large input: the pages an evaluation touched stay resident as long as
   * its memory lives, and the findings and report of a large register come after it (a fresh instance loads in
   * milliseconds when another evaluation needs one).
   */
  release() {
    if (this.wasm.mem.buffer.byteLength <= RELEASED_PAGES * PAGE) return;
    this.wasm = this.load(5);
    collectGarbage();
  }
  /** What went wrong in an evaluation, in words (see describe). */
  describe(e) {
    return describe(e, this.maxPages);
  }
  /** An instance without the data (see withData). */
  load(initial) {
    this.withData = false;
    return loadPolicySync(this.module, { initial, maximum: this.maxPages });
  }
};
function collectGarbage() {
  try {
    const own = globalThis.gc;
    if (own) return own();
    const { setFlagsFromString } = createRequire(import.meta.url)("node:v8");
    setFlagsFromString("--expose-gc");
    try {
      runInNewContext("gc")();
    } finally {
      setFlagsFromString("--no-expose-gc");
    }
  } catch {
  }
}
var RELEASED_PAGES = 1024;
function describe(e, maxPages) {
  const text = e instanceof Error ? e.message : String(e);
  if (/call stack/i.test(text)) return `the policy recursed too deeply (${text})`;
  if (/opa_malloc|out of memory|Cannot allocate|WebAssembly\.Memory\.grow|Maximum memory/i.test(text) || e instanceof RangeError) {
    return `out of memory: the policy needed more than the limit of ${maxPages * 64 / 1024} MiB (MAX_WASM_MEMORY_PAGES, WASM_MEMORY_PER_INPUT_BYTE) (${text})`;
  }
  if (e instanceof WebAssembly.RuntimeError) return `the WebAssembly trapped (${text})`;
  return text;
}

// engine/eval-thread.ts
var CLAIMED_THERE = 2;
var DONE = 0;

// engine/eval-worker.ts
var { module, data, maxMemoryPages, port, state } = workerData;
var counts = new Int32Array(state);
var instance = new PolicyInstance(module, data, maxMemoryPages);
parentPort.on("message", (job) => {
  let answer;
  if (Atomics.compareExchange(job.claims, job.id, 0, CLAIMED_THERE) !== 0) answer = { id: job.id, skipped: true };
  else {
    try {
      answer = { id: job.id, set: instance.evaluate(job.bytes, job.entrypoint) };
    } catch (e) {
      answer = { id: job.id, failure: instance.describe(e) };
    }
  }
  port.postMessage(answer);
  Atomics.add(counts, DONE, 1);
  Atomics.notify(counts, DONE);
});
