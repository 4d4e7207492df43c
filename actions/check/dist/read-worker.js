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
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
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

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str2) {
      const matches = DATE.exec(str2);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str2) {
        const matches = TIME.exec(str2);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str2) {
        const dateTime = str2.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str2) {
      return NOT_URI_FRAGMENT.test(str2) && URI.test(str2);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str2) {
      BYTE.lastIndex = 0;
      return BYTE.test(str2);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str2) {
      if (Z_ANCHOR.test(str2))
        return false;
      try {
        new RegExp(str2);
        return true;
      } catch (e) {
        return false;
      }
    }
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

// engine/read-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// engine/full-yaml.ts
import { createRequire } from "node:module";
var loaded;
function fullYaml() {
  loaded ??= createRequire(import.meta.url)(true ? "./yaml.cjs" : "yaml");
  return loaded;
}

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count2) {
    let result = "";
    for (let cycle = 0; cycle < count2; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count2) {
    if (count2 === 1) {
      state.result += " ";
    } else if (count2 > 1) {
      state.result += common2.repeat("\n", count2 - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next2 = string.indexOf("\n", position);
      if (next2 === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next2 + 1);
        position = next2 + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next2 = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next2 = match.index;
      if (next2 - start > width) {
        end = curr > start ? curr : next2;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next2;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// engine/simple-yaml.ts
var KEY = "[A-Za-z][\\w.-]{0,99}";
var NULL_WORD = /^(?:null|Null|NULL)$/;
var KEY_LINE = new RegExp(`^(${KEY}):(?: +(.*))?$`);
var FLOW_PAIR = new RegExp(`^(${KEY}): +(\\S.*)$`);
var PLAIN_KEY = new RegExp(`^${KEY}$`);
function plainKey(key) {
  return PLAIN_KEY.test(key) && !NULL_WORD.test(key) && !(key in Object.prototype);
}
var MAX_PLAIN_DEPTH = 10;
var GiveUp = class extends Error {
};
function readSimple(text, resolve) {
  if (text.includes("\r")) return void 0;
  try {
    const reader = new LineReader(text.split("\n"), resolve);
    const first = reader.next();
    if (!first || first.indent !== 0 || first.content.startsWith("-")) return void 0;
    const value = reader.mapping(0, 0);
    return reader.next() ? void 0 : value;
  } catch (e) {
    if (e instanceof GiveUp) return void 0;
    throw e;
  }
}
var LineReader = class {
  constructor(lines, resolve) {
    this.lines = lines;
    this.resolve = resolve;
  }
  lines;
  resolve;
  at = 0;
  /** The next line with content (not blank, not only a comment), without moving past it. */
  next() {
    while (this.at < this.lines.length) {
      const line = this.lines[this.at];
      const content = line.trimStart();
      if (content !== "" && content[0] !== "#") return { indent: line.length - content.length, content: content.trimEnd() };
      this.at++;
    }
    return void 0;
  }
  /** A block mapping whose keys are at `indent`; its first key may sit after a sequence's `- ` (`first`). */
  mapping(indent, depth, first) {
    if (depth > MAX_PLAIN_DEPTH) throw new GiveUp();
    const out = {};
    let content = first;
    for (; ; ) {
      if (content === void 0) {
        const line = this.next();
        if (!line || line.indent < indent) return out;
        if (line.indent > indent) throw new GiveUp();
        content = line.content;
      }
      this.at++;
      const m = KEY_LINE.exec(content);
      if (!m) throw new GiveUp();
      const key = m[1];
      if (!plainKey(key) || Object.hasOwn(out, key)) throw new GiveUp();
      out[key] = m[2] === void 0 || m[2][0] === "#" ? this.nested(indent, depth) : this.value(m[2], indent);
      content = void 0;
    }
  }
  /** What follows a key with nothing after it: a block deeper than it, a sequence at its indentation, or null. */
  nested(indent, depth) {
    const line = this.next();
    if (line && line.indent > indent) return line.content.startsWith("-") ? this.sequence(line.indent, depth + 1) : this.mapping(line.indent, depth + 1);
    if (line && line.indent === indent && line.content.startsWith("-")) return this.sequence(indent, depth + 1);
    return null;
  }
  sequence(indent, depth) {
    if (depth > MAX_PLAIN_DEPTH) throw new GiveUp();
    const out = [];
    for (; ; ) {
      const line = this.next();
      if (!line || line.indent < indent) return out;
      if (line.indent > indent || !line.content.startsWith("- ")) {
        if (line.indent === indent && !line.content.startsWith("-")) return out;
        throw new GiveUp();
      }
      const rest = line.content.slice(2).trimStart();
      const item = indent + line.content.length - rest.length;
      if (KEY_LINE.test(rest)) out.push(this.mapping(item, depth + 1, rest));
      else if (rest === "" || rest[0] === "#" || /^-(?: |$)/.test(rest)) throw new GiveUp();
      else {
        this.at++;
        out.push(this.value(rest, indent));
      }
    }
  }
  /** A value written on its key's (or item's) line: `text`, its comment not yet taken off. */
  value(text, indent) {
    const c = text[0];
    if (c === "[" || c === "{") {
      const body = withoutComment(text, text.lastIndexOf(c === "[" ? "]" : "}"));
      return c === "[" ? this.flowList(body) : this.flowMapping(body);
    }
    if (c === '"' || c === "'") {
      const { value, end } = quoted(text, 0);
      withoutComment(text, end);
      return value;
    }
    if (c === ">" || c === "|") return this.blockScalar(text, indent);
    const plain = plainPart(text);
    if (this.continues(indent)) throw new GiveUp();
    return this.scalar(plain, false);
  }
  /** Whether the next line goes on with a plain scalar (deeper, and no key or item of its own). */
  continues(indent) {
    const line = this.next();
    return !!line && line.indent > indent;
  }
  blockScalar(header, indent) {
    if (header !== ">" && header !== ">-" && header !== "|" && header !== "|-") throw new GiveUp();
    const lines = [];
    let inner = -1;
    while (this.at < this.lines.length) {
      const line = this.lines[this.at];
      const content = line.trimStart();
      const at = line.length - content.length;
      if (content === "") {
        if (lines.length && this.blockGoesOn(indent)) throw new GiveUp();
        break;
      }
      if (at <= indent) break;
      if (inner < 0) inner = at;
      if (at !== inner || line.endsWith(" ")) throw new GiveUp();
      lines.push(content);
      this.at++;
    }
    if (!lines.length) throw new GiveUp();
    const body = lines.join(header[0] === ">" ? " " : "\n");
    return header.length === 1 ? `${body}
` : body;
  }
  /** Whether a line deeper than `indent` follows the blank ones from here. */
  blockGoesOn(indent) {
    for (let i = this.at; i < this.lines.length; i++) {
      const content = this.lines[i].trimStart();
      if (content !== "") return this.lines[i].length - content.length > indent;
    }
    return false;
  }
  flowList(body) {
    const inner = body.slice(1, -1);
    if (inner.trim() === "") return [];
    return items(inner).map((item) => this.flowScalar(item));
  }
  flowMapping(body) {
    const inner = body.slice(1, -1);
    const out = {};
    if (inner.trim() === "") return out;
    for (const item of items(inner)) {
      const m = FLOW_PAIR.exec(item);
      if (!m || !plainKey(m[1]) || Object.hasOwn(out, m[1])) throw new GiveUp();
      out[m[1]] = this.flowScalar(m[2]);
    }
    return out;
  }
  flowScalar(item) {
    if (item[0] === '"' || item[0] === "'") {
      const { value, end } = quoted(item, 0);
      if (end !== item.length - 1) throw new GiveUp();
      return value;
    }
    return this.scalar(item, true);
  }
  /** A plain scalar's value, or give up where YAML would read it otherwise. */
  scalar(plain, inFlow) {
    if (plain === "" || /^[-?:](?: |$)|^[,[\]{}#@`|>'"]/.test(plain) || plain.includes(": ") || plain.endsWith(":") || plain.includes(" #")) throw new GiveUp();
    if (inFlow && /[[\]{},]/.test(plain)) throw new GiveUp();
    return this.resolve(plain);
  }
};
function withoutComment(text, end) {
  if (end < 0) throw new GiveUp();
  const after = text.slice(end + 1);
  if (after !== "" && !/^ +#/.test(after)) throw new GiveUp();
  return text.slice(0, end + 1);
}
function plainPart(text) {
  const hash = text.indexOf(" #");
  return (hash < 0 ? text : text.slice(0, hash)).trimEnd();
}
function quoted(text, start) {
  const q = text[start];
  if (q === '"') {
    const end = text.indexOf('"', start + 1);
    if (end < 0 || text.slice(start + 1, end).includes("\\")) throw new GiveUp();
    return { value: text.slice(start + 1, end), end };
  }
  let value = "";
  for (let i = start + 1; i < text.length; ) {
    const end = text.indexOf("'", i);
    if (end < 0) throw new GiveUp();
    value += text.slice(i, end);
    if (text[end + 1] !== "'") return { value, end };
    value += "'";
    i = end + 2;
  }
  throw new GiveUp();
}
function items(inner) {
  const out = [];
  let i = 0;
  for (; ; ) {
    while (inner[i] === " ") i++;
    let end;
    if (inner[i] === '"' || inner[i] === "'") {
      end = quoted(inner, i).end + 1;
      while (inner[end] === " ") end++;
      if (end < inner.length && inner[end] !== ",") throw new GiveUp();
      out.push(inner.slice(i, end).trimEnd());
    } else {
      const comma = inner.indexOf(",", i);
      end = comma < 0 ? inner.length : comma;
      const item = inner.slice(i, end).trim();
      if (item === "" || /["']/.test(item.slice(1))) throw new GiveUp();
      out.push(item);
    }
    if (end >= inner.length) return out;
    i = end + 1;
  }
}

// engine/plain-yaml.ts
var CORE_TYPES = [
  // "".includes("") is true: the empty scalar is null.
  { tag: "null", starts: "~Nn", forms: [[/^(?:~|[Nn]ull|NULL)?$/, () => null]] },
  { tag: "bool", starts: "TtFf", forms: [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === "t" || s[0] === "T"]] },
  {
    tag: "int",
    starts: "+-0123456789",
    forms: [
      [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
      [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
      [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)]
    ]
  },
  {
    tag: "float",
    starts: "+-.0123456789",
    forms: [
      [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? -Infinity : Infinity],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, parseFloat],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, parseFloat]
    ]
  }
];
var formOf = (t, s) => t.starts.includes(s.charAt(0)) ? t.forms.find(([test]) => test.test(s)) : void 0;
var TYPED_START = new Set(CORE_TYPES.flatMap((t) => [...t.starts]));
function resolvePlain(s) {
  if (s !== "" && !TYPED_START.has(s[0])) return s;
  for (const t of CORE_TYPES) {
    const form = formOf(t, s);
    if (form) return form[1](s);
  }
  return s;
}
var CORE_SCHEMA2 = FAILSAFE_SCHEMA.extend({
  implicit: CORE_TYPES.map(
    (t) => new Type(`tag:yaml.org,2002:${t.tag}`, {
      kind: "scalar",
      resolve: (s) => s !== null && formOf(t, s) !== void 0,
      construct: (s) => formOf(t, s ?? "")[1](s ?? "")
    })
  )
});
var NOT_PLAIN = /[&*!%\t]|<<|^(?:---|\.\.\.)|^[ ]*(?:-[ ]+)*[[{?]|[[{,][ \n]*[[{]|^[ ]*(?:-[ ]+)*-[ ]*(?:#.*)?$/m;
var MAX_PLAIN_ITEMS = 5e3;
function tooManyItems(text) {
  if (text.length <= MAX_PLAIN_ITEMS) return false;
  let items2 = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 10 || c === 44) && ++items2 > MAX_PLAIN_ITEMS) return true;
  }
  return false;
}
function linesAreWhole(text) {
  QUOTE_OR_BRACKET.lastIndex = 0;
  while (QUOTE_OR_BRACKET.test(text)) {
    const at = QUOTE_OR_BRACKET.lastIndex - 1;
    const start = text.lastIndexOf("\n", at) + 1;
    const newline = text.indexOf("\n", at);
    const end = newline < 0 ? text.length : newline;
    if (!lineIsWhole(text.slice(start, end))) return false;
    QUOTE_OR_BRACKET.lastIndex = end;
  }
  return true;
}
var QUOTE_OR_BRACKET = /["'[\]{}]/g;
var SIGNIFICANT = /[#"'[\]{}]/g;
function lineIsWhole(line) {
  let depth = 0;
  SIGNIFICANT.lastIndex = 0;
  while (SIGNIFICANT.test(line)) {
    let i = SIGNIFICANT.lastIndex - 1;
    const c = line[i];
    if (c === "#") {
      if (i === 0 || line[i - 1] === " ") break;
      continue;
    }
    if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") depth--;
    else if (i === 0 || " :[{,".includes(line[i - 1])) {
      i = closingQuote(line, i);
      if (i < 0) return false;
      SIGNIFICANT.lastIndex = i + 1;
    } else continue;
    if (line[i + 1] === "#") return false;
  }
  return depth === 0;
}
function closingQuote(line, start) {
  const q = line[start];
  for (let i = line.indexOf(q, start + 1); i >= 0; i = line.indexOf(q, i + 1)) {
    if (q === "'") {
      if (line[i + 1] !== "'") return i;
      i++;
    } else {
      let escapes = 0;
      while (line[i - 1 - escapes] === "\\") escapes++;
      if (escapes % 2 === 0) return i;
    }
  }
  return -1;
}
function isPlainText(text) {
  return !tooManyItems(text) && !NOT_PLAIN.test(text) && linesAreWhole(text);
}
function readPlain(text) {
  if (!isPlainText(text)) return void 0;
  const simple = readSimple(text, resolvePlain);
  if (simple) return simple;
  let value;
  try {
    value = load(text, { schema: CORE_SCHEMA2 });
  } catch {
    return void 0;
  }
  if (!value || typeof value !== "object" || Array.isArray(value) || !plainKeys(value, 0)) return void 0;
  return value;
}
function plainKeys(value, depth) {
  if (depth > MAX_PLAIN_DEPTH) return false;
  if (Array.isArray(value)) return value.every((v) => plainKeys(v, depth + 1));
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) if (!plainKey(k) || !plainKeys(v, depth + 1)) return false;
  }
  return true;
}

// engine/plain-positions.ts
var Unsure = class extends Error {
};
var KEY2 = /^([A-Za-z][\w.-]*):(?: +|$)/;
function plainPositions(text, data) {
  if (!isPlainText(text)) return void 0;
  const lines = [];
  for (const raw of text.split("\n")) {
    const body = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const indent = body.length - body.trimStart().length;
    const rest = body.slice(indent);
    lines.push({ indent, text: body, empty: rest === "" || rest.startsWith("#") });
  }
  const positions = /* @__PURE__ */ new Map();
  try {
    const scanner = new Scanner(lines, positions);
    const first = scanner.next(0);
    if (first < 0) return void 0;
    const end = scanner.node(first, lines[first].indent, "");
    if (scanner.next(end) >= 0) return void 0;
  } catch (e) {
    if (e instanceof Unsure) return void 0;
    throw e;
  }
  return samePaths(positions, data) ? positions : void 0;
}
var Scanner = class {
  constructor(lines, positions) {
    this.lines = lines;
    this.positions = positions;
  }
  lines;
  positions;
  /** The first line from `i` with content, or -1. */
  next(i) {
    while (i < this.lines.length && this.lines[i].empty) i++;
    return i < this.lines.length ? i : -1;
  }
  set(at, line, col) {
    this.positions.set(at, { line: line + 1, col: col + 1 });
  }
  /**
   * The block mapping or list whose first line is `i`, at column `col` of it. Returns the line after it.
   */
  node(i, col, path) {
    const rest = this.lines[i].text.slice(col);
    if (rest.startsWith("-") && (rest.length === 1 || rest[1] === " ")) return this.list(i, col, path);
    if (KEY2.test(rest)) return this.mapping(i, col, path);
    throw new Unsure();
  }
  mapping(i, col, path) {
    this.set(path, i, col);
    let first = true;
    for (; ; ) {
      const line = this.lines[i];
      if (!first && line.indent !== col) break;
      first = false;
      const m = KEY2.exec(line.text.slice(col));
      if (!m) throw new Unsure();
      const child = childPointer(path, m[1]);
      const keyLine = i;
      i = this.value(i, col + m[0].length, child, col, true);
      this.set(child, keyLine, col);
      const n = this.next(i);
      if (n < 0) return this.lines.length;
      if (this.lines[n].indent > col) throw new Unsure();
      if (this.lines[n].indent < col) return n;
      i = n;
    }
    return i;
  }
  list(i, col, path) {
    this.set(path, i, col);
    let index = 0;
    for (; ; ) {
      const line = this.lines[i];
      const rest = line.text.slice(col);
      if (!(rest.startsWith("-") && (rest.length === 1 || rest[1] === " "))) throw new Unsure();
      const after = rest.slice(1);
      const itemCol = col + 1 + (after.length - after.trimStart().length);
      const item = line.text.slice(itemCol);
      if (item === "" || item.startsWith("#") || item.startsWith("-") || item.startsWith("|") || item.startsWith(">")) throw new Unsure();
      const child = childPointer(path, index++);
      if (KEY2.test(item)) i = this.mapping(i, itemCol, child);
      else {
        this.set(child, i, itemCol);
        i = this.value(i, itemCol, child, col, false);
      }
      const n = this.next(i);
      if (n < 0) return this.lines.length;
      if (this.lines[n].indent > col) throw new Unsure();
      if (this.lines[n].indent < col) return n;
      i = n;
    }
  }
  /**
   * The value at column `col` of line `i` (after a key, or an item's scalar), whose further lines are more
   * indented than `parent`. Returns the line after it.
   */
  value(i, col, path, parent, afterKey) {
    const rest = this.lines[i].text.slice(col);
    if (rest === "" || rest.startsWith("#")) {
      if (!afterKey) throw new Unsure();
      const n = this.next(i + 1);
      if (n < 0) throw new Unsure();
      const below = this.lines[n];
      if (below.indent > parent || below.indent === parent && /^-(?: |$)/.test(below.text.slice(parent))) {
        return this.node(n, below.indent, path);
      }
      throw new Unsure();
    }
    if (rest.startsWith("[") || rest.startsWith("{")) {
      if (!afterKey) throw new Unsure();
      this.flow(i, col, path);
      return this.rest(i + 1, parent, false);
    }
    if (rest.startsWith("|") || rest.startsWith(">")) return this.rest(i + 1, parent, true);
    return this.rest(i + 1, parent, !(rest.startsWith('"') || rest.startsWith("'")));
  }
  /** Skips a scalar's further lines (more indented than `parent`); none are allowed unless `more`. */
  rest(i, parent, more) {
    let j = i;
    while (j < this.lines.length && (this.lines[j].empty || this.lines[j].indent > parent)) {
      if (!this.lines[j].empty && !more) throw new Unsure();
      j++;
    }
    return j;
  }
  /**
   * The items of a one-line flow list, or the keys of a one-line flow mapping, of scalars (plain-yaml.ts
   * admits no collection inside another in flow).
   */
  flow(i, col, path) {
    const text = this.lines[i].text;
    const close = text[col] === "[" ? "]" : "}";
    let j = col + 1;
    let index = 0;
    for (; ; ) {
      while (text[j] === " ") j++;
      if (text[j] === close) break;
      const itemStart = j;
      let key;
      if (close === "}") {
        const m = KEY2.exec(text.slice(j));
        if (!m || !m[0].endsWith(" ")) throw new Unsure();
        key = m[1];
        j += m[0].length;
      }
      j = this.flowScalar(text, j, close);
      this.set(childPointer(path, key ?? index++), i, itemStart);
      if (text[j] === ",") {
        j++;
        continue;
      }
      if (text[j] === close) break;
      throw new Unsure();
    }
    const after = text.slice(j + 1).trimStart();
    if (after !== "" && !after.startsWith("#")) throw new Unsure();
  }
  /** The end of the scalar at `j` in a flow collection (spaces after it skipped). */
  flowScalar(text, j, close) {
    const start = j;
    if (text[j] === '"' || text[j] === "'") {
      j = closingQuote(text, j);
      if (j < 0) throw new Unsure();
      j++;
    } else {
      FLOW_SPECIAL.lastIndex = j;
      j = FLOW_SPECIAL.test(text) ? FLOW_SPECIAL.lastIndex - 1 : text.length;
      if (j < text.length && text[j] !== "," && text[j] !== close) throw new Unsure();
      if (j === start) throw new Unsure();
    }
    while (text[j] === " ") j++;
    return j;
  }
};
var FLOW_SPECIAL = /[,:#[\]{}"']/g;
function samePaths(positions, data) {
  let count2 = 0;
  const walk = (v, at) => {
    count2++;
    if (!positions.has(at)) return false;
    if (Array.isArray(v)) return v.every((x, i) => walk(x, childPointer(at, i)));
    if (v && typeof v === "object") return Object.entries(v).every(([k, x]) => walk(x, childPointer(at, k)));
    return true;
  };
  return walk(data, "") && count2 === positions.size;
}

// engine/source.ts
var MAX_FILE_BYTES = 256 * 1024;
var MAX_REGISTER_BYTES = 128 * 1024 * 1024;
var utf8 = new TextDecoder("utf-8", { fatal: true });
var READ_BUFFER = Buffer.allocUnsafe(MAX_FILE_BYTES + 1);

// engine/types.ts
var KINDS = [
  "Organisation",
  "ProcessingActivity",
  "Subprocessor",
  "StorageLocation",
  "CustomerSegment",
  "Product",
  "Waiver",
  "DataCategory"
];

// engine/suggest.ts
function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
function closest(word, candidates) {
  if (word.length > 100) return void 0;
  const w = word.toLowerCase();
  const limit = Math.max(1, Math.floor(w.length / 3));
  let best;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    if (c === word || Math.abs(c.length - w.length) > limit) continue;
    const n = distance(w, c.toLowerCase());
    if (n < bestDistance) [best, bestDistance] = [c, n];
  }
  return best;
}
function didYouMean(word, candidates) {
  const near = closest(word, candidates);
  return near === void 0 ? void 0 : `did you mean \`${near}\`?`;
}

// engine/load.ts
var MAX_ALIASES = 100;
var MAX_DEPTH = 20;
var MAX_QUOTED = 80;
function pointer(path) {
  return path.reduce(childPointer, "");
}
function childPointer(parent, key) {
  const text = String(key);
  return `${parent}/${text.includes("~") || text.includes("/") ? text.replace(/~/g, "~0").replace(/\//g, "~1") : text}`;
}
function quoted2(text, max = MAX_QUOTED) {
  const points = Array.from(text);
  const cut = points.length > max ? points.slice(0, max - 1).join("") + "\u2026" : text;
  return cut.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (c) => c === "	" ? "\\t" : `\\u{${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}}`);
}
function loadRecord(file, opts = {}) {
  const quick = opts.plain ?? true ? loadPlainRecord(file) : void 0;
  if (quick) return quick;
  try {
    const read = readYaml(file, opts.positions ?? false);
    return "problems" in read ? read : { record: recordOf(file, read.kind, read.data, read.positions) };
  } catch (e) {
    return { problems: [{ file: file.path, message: `the YAML cannot be read: ${quoted2(String(e?.message ?? e), 200)}`, hint: "simplify the file; if it is plain YAML, report this as a bug in ropa" }] };
  }
}
function loadPlainRecord(file) {
  const text = file.text.startsWith("\uFEFF") ? file.text.slice(1) : file.text;
  if (checkCharacters(text)) return loadRecord(file, { plain: false });
  const plain = readPlain(text);
  if (plain && typeof plain.kind === "string" && KINDS.includes(plain.kind)) return { record: recordOf(file, plain.kind, plain) };
  return void 0;
}
function recordOf(file, kind, data, found, kept) {
  let positions = found;
  return {
    file: file.path,
    kind,
    id: typeof data.id === "string" ? data.id : "",
    data,
    get positions() {
      positions ??= kept?.get();
      if (!positions) {
        positions = plainPositions(file.text.startsWith("\uFEFF") ? file.text.slice(1) : file.text, data);
        if (!positions) {
          const again = readYaml(file, true);
          positions = "positions" in again && again.positions ? again.positions : /* @__PURE__ */ new Map();
        }
        kept?.set(positions);
      }
      return positions;
    }
  };
}
function readYaml(file, withPositions) {
  const text = file.text.startsWith("\uFEFF") ? file.text.slice(1) : file.text;
  const fail = (message, pos, hint) => ({
    problems: [{ file: file.path, line: pos?.line, col: pos?.col, message, hint }]
  });
  const badChar = checkCharacters(text);
  if (badChar) return fail(badChar.message, positionIn(text, badChar.index), badChar.hint);
  const parsed = parse(text);
  const at = (offset) => parsed.lineCounter.linePos(offset);
  if ("limit" in parsed) return fail(parsed.limit.message, at(parsed.limit.offset), parsed.limit.hint);
  const docs = parsed.docs;
  if (docs.length === 0 || isEmpty(docs[0].contents)) {
    return fail("the file is empty", void 0, "write one record in it, starting with `apiVersion: ropa/v1` and `kind:`, or delete the file");
  }
  if (docs.length > 1) {
    return fail("the file holds more than one YAML document", at(docs[1].range[0]), "keep one record per file: move each document after `---` into a file of its own");
  }
  const doc = docs[0];
  const [error] = [...doc.errors, ...doc.warnings.filter((w) => w.code !== "TAG_RESOLVE_FAILED")].sort((a, b) => a.pos[0] - b.pos[0]);
  if (error) return fail(yamlMessage(error.code, error.message), at(error.pos[0]), yamlHint(error.code, error.message));
  if (doc.directives?.yaml.explicit && doc.directives.yaml.version !== "1.2") {
    const directive = /^%YAML\b/m.exec(text);
    return fail(
      `the file asks for YAML ${doc.directives.yaml.version} (\`%YAML ${doc.directives.yaml.version}\`), but ropa reads YAML 1.2 only`,
      at(directive?.index ?? 0),
      "remove the `%YAML` line (and the `---` after it): in YAML 1.2, `NO`, `yes`, `on` and `1:30` stay text, as they read"
    );
  }
  if (!fullYaml().isMap(doc.contents)) {
    return fail("a record must be a YAML mapping of fields (`key: value` lines)", at(doc.contents.range?.[0] ?? 0));
  }
  const positions = withPositions ? /* @__PURE__ */ new Map() : void 0;
  const aliases = [];
  const structural = [];
  collect(doc.contents, [], { positions, aliases, problems: structural, at, file: file.path, text });
  if (structural.length) return { problems: structural };
  for (const alias of aliases) {
    if (!alias.resolve(doc)) {
      return fail(`the alias \`*${quoted2(alias.source)}\` refers to no anchor \`&${quoted2(alias.source)}\` above it`, at(alias.range?.[0] ?? 0), "define the anchor before its first use, or write the value out");
    }
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    const pos = at(aliases[0]?.range?.[0] ?? 0);
    if (e instanceof ReferenceError && /alias/i.test(e.message)) {
      return fail(`the file's aliases expand too far: more than ${MAX_ALIASES} copies (the limit on aliases, MAX_ALIASES)`, pos, "write the values out instead of using `*alias` references");
    }
    return fail(`the YAML cannot be read: ${quoted2(String(e?.message ?? e), 200)}`, pos);
  }
  const record = data;
  const kind = record.kind;
  if (typeof kind !== "string" || !KINDS.includes(kind)) {
    const kindKey = doc.contents.items.find((p) => fullYaml().isScalar(p.key) && p.key.value === "kind")?.key;
    const pos = at(kindKey?.range?.[0] ?? doc.contents.range?.[0] ?? 0);
    const message = kind === void 0 ? "the record has no `kind:`" : `unknown kind ${quoted2(JSON.stringify(kind) ?? String(kind))}`;
    const near = typeof kind === "string" ? didYouMean(kind, KINDS) : void 0;
    return fail(message, pos, near ?? `start the record with \`kind:\` and one of ${KINDS.join(", ")}`);
  }
  return { kind, data: record, positions };
}
var tooDeep = (offset) => ({
  offset,
  message: `the YAML nests lists and mappings more than ${MAX_DEPTH} levels deep (the limit on nesting, MAX_DEPTH)`,
  hint: "a record needs only a few levels: look for unclosed `[` or `{`, or indentation that runs away"
});
var tooManyAliases = (offset) => ({
  offset,
  message: `the file uses more than ${MAX_ALIASES} aliases (\`*name\`), the limit on aliases (MAX_ALIASES)`,
  hint: "write the values out instead of using `*alias` references"
});
var MARKERS = /* @__PURE__ */ new Set(["", "", ""]);
function parse(text) {
  const { Composer, Lexer, LineCounter, Parser } = fullYaml();
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  const parser = new Parser(lineCounter.addNewLine);
  const tokens = [];
  let offset = 0;
  let flow = 0;
  let compact = 0;
  let aliases = 0;
  for (const lexeme of new Lexer().lex(text)) {
    switch (lexeme) {
      case "[":
      case "{":
        if (++flow > MAX_DEPTH) return { lineCounter, limit: tooDeep(offset) };
        break;
      case "]":
      case "}":
        flow = Math.max(0, flow - 1);
        break;
      case "-":
      case "?":
        if (flow === 0 && ++compact > MAX_DEPTH) return { lineCounter, limit: tooDeep(offset) };
        break;
      case "\n":
      case "\r\n":
        compact = 0;
        break;
      default:
        if (lexeme[0] === "*" && ++aliases > MAX_ALIASES) return { lineCounter, limit: tooManyAliases(offset) };
    }
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (!MARKERS.has(lexeme)) offset += lexeme.length;
  }
  for (const token of parser.end()) tokens.push(token);
  const deep = deepestBeyond(tokens, MAX_DEPTH);
  if (deep !== void 0) return { lineCounter, limit: tooDeep(deep) };
  const composer = new Composer({ uniqueKeys: false, version: "1.2" });
  return { lineCounter, docs: Array.from(composer.compose(tokens)) };
}
function deepestBeyond(tokens, max) {
  const stack = tokens.map((t) => [t, 0]);
  while (stack.length) {
    const [token, depth] = stack.pop();
    if (!token) continue;
    let inner = depth;
    if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      inner = depth + 1;
      if (inner > max) return token.offset;
    }
    if (token.type === "document") stack.push([token.value, depth]);
    if ("items" in token && Array.isArray(token.items)) {
      for (const item of token.items) {
        if (item.key) stack.push([item.key, inner]);
        if (item.value) stack.push([item.value, inner]);
      }
    }
  }
  return void 0;
}
var YAML_TAG = "tag:yaml.org,2002:";
var PLAIN_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => YAML_TAG + t));
function isEmpty(contents) {
  return contents === null || fullYaml().isScalar(contents) && contents.value === null && contents.range?.[0] === contents.range?.[1];
}
function collect(node, path, c) {
  if (!node) return;
  const n = node;
  if (fullYaml().isAlias(n)) {
    c.aliases.push(n);
    if (n.range) c.positions?.set(pointer(path), c.at(n.range[0]));
    return;
  }
  if (n.range) c.positions?.set(pointer(path), c.at(n.range[0]));
  if (n.tag && !PLAIN_TAGS.has(n.tag)) {
    const tag = n.tag.startsWith(YAML_TAG) ? `!!${n.tag.slice(YAML_TAG.length)}` : n.tag;
    let start = c.text.lastIndexOf("!", n.range?.[0] ?? 0);
    while (start > 0 && c.text[start - 1] === "!") start--;
    c.problems.push({
      file: c.file,
      ...c.at(Math.max(0, start)),
      message: `the tag \`${quoted2(tag)}\` is not supported: a record is plain YAML (text, numbers, true/false, lists and mappings)`,
      hint: "remove the tag; to make a value text, quote it"
    });
    return;
  }
  if (fullYaml().isMap(n)) {
    const seen = /* @__PURE__ */ new Map();
    for (const pair of n.items) {
      const keyNode = pair.key;
      const keyOffset = keyNode?.range?.[0] ?? n.range?.[0] ?? 0;
      if (keyNode && !fullYaml().isScalar(keyNode)) {
        const what = fullYaml().isAlias(keyNode) ? "an alias" : fullYaml().isSeq(keyNode) ? "a list" : "a mapping";
        c.problems.push({ file: c.file, ...c.at(keyOffset), message: `a key is ${what}, not a name`, hint: "write each field as `name: value`, with a plain name before the colon" });
        continue;
      }
      const key = keyNode ? String(keyNode.value ?? "") : "";
      if (key === "") {
        c.problems.push({ file: c.file, ...c.at(keyOffset), message: 'a key is empty (`null`, `~`, `""` or nothing before the colon), not a name', hint: "write each field as `name: value`, with a plain name before the colon" });
        continue;
      }
      const first = seen.get(key);
      if (first !== void 0) {
        c.problems.push({ file: c.file, ...c.at(keyOffset), message: "the same key appears twice in one mapping", hint: `keep one of the two \`${quoted2(key)}\` keys (the first is on line ${c.at(first).line}) and merge their values` });
        continue;
      }
      seen.set(key, keyOffset);
      if (!c.positions) {
        collect(pair.value, path, c);
        continue;
      }
      const child = [...path, key];
      collect(pair.value, child, c);
      c.positions.set(pointer(child), c.at(keyOffset));
    }
  } else if (fullYaml().isSeq(n)) {
    n.items.forEach((item, i) => collect(item, c.positions ? [...path, i] : path, c));
  }
}
function checkCharacters(text) {
  const m = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF\uFEFF]|\r(?!\n)/.exec(text);
  if (!m) return void 0;
  const c = m[0];
  if (c === "\r") {
    return { index: m.index, message: "a line ends in a carriage return alone (old Mac line endings), which this YAML reader does not take as a line break", hint: "save the file with LF (Unix) or CRLF (Windows) line endings" };
  }
  if (c === "\uFEFF") {
    return { index: m.index, message: "an invisible byte order mark (U+FEFF) in the middle of the file", hint: "delete it: it is left behind when files are pasted together" };
  }
  const code = `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  return { index: m.index, message: `the control character ${code}, which YAML does not allow in a file`, hint: "delete it; an editor that shows invisible characters helps find it" };
}
function positionIn(text, index) {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: index - start + 1 };
}
function yamlMessage(code, message) {
  const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  if (code === "DUPLICATE_KEY") return "the same key appears twice in one mapping";
  if (code === "TAB_AS_INDENT") return "a tab is used for indentation";
  return `invalid YAML: ${first}`;
}
function yamlHint(code, message) {
  if (/end with a ([\]}])/.test(message)) {
    const close = /end with a ([\]}])/.exec(message)[1];
    return `close the \`${close === "]" ? "[" : "{"}\` that opens above with \`${close}\`, and indent the lines inside it`;
  }
  if (/Missing closing .?quote/.test(message)) return "end the quoted text with the same quote character that starts it";
  switch (code) {
    case "DUPLICATE_KEY":
      return "keep one of the two keys and merge their values";
    case "TAB_AS_INDENT":
      return "indent with spaces; YAML does not allow tabs";
    case "BAD_INDENT":
    case "MISSING_CHAR":
      return "check the indentation and the `:` after each key on this line and the one before";
    default:
      return "fix the YAML syntax at this place; an editor with the yaml-language-server shows it as you type";
  }
}

// engine/schemas/common.schema.json
var common_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "common.schema.json",
  title: "Shared definitions of the ropa register",
  $defs: {
    id: {
      type: "string",
      pattern: "^[a-z0-9][a-z0-9-]{0,63}$",
      description: "Lower-case letters, digits and dashes; unique across the whole register."
    },
    ref: {
      type: "string",
      pattern: "^[a-z0-9][a-z0-9-]{0,63}$",
      description: "The id of another record."
    },
    refs: {
      type: "array",
      items: {
        $ref: "#/$defs/ref"
      },
      uniqueItems: true
    },
    text: {
      type: "string",
      minLength: 1,
      maxLength: 2e3
    },
    texts: {
      type: "array",
      items: {
        $ref: "#/$defs/text"
      },
      uniqueItems: true
    },
    date: {
      type: "string",
      format: "date",
      description: "A calendar date, YYYY-MM-DD."
    },
    duration: {
      type: "string",
      pattern: "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$",
      description: "An ISO 8601 duration in years, months, weeks or days, e.g. P10Y, P3M, P30D."
    },
    country: {
      type: "string",
      pattern: "^[A-Z]{2}$",
      description: 'ISO 3166-1 alpha-2 country code, e.g. NO, SE, GB, US. Quote nothing: ropa reads YAML 1.2, so NO stays the string "NO".'
    },
    email: {
      type: "string",
      format: "email"
    },
    url: {
      type: "string",
      format: "uri",
      pattern: "^https?://"
    },
    apiVersion: {
      const: "ropa/v1",
      description: "The version of the record format."
    },
    status: {
      enum: [
        "active",
        "retired"
      ],
      description: "Records are retired, never deleted, so the history stays whole."
    },
    retirement: {
      if: {
        properties: {
          status: {
            const: "retired"
          }
        },
        required: [
          "status"
        ],
        type: "object"
      },
      then: {
        required: [
          "retired_on",
          "retired_reason"
        ],
        type: "object"
      }
    },
    contact: {
      type: "object",
      additionalProperties: false,
      properties: {
        name: {
          $ref: "#/$defs/text"
        },
        email: {
          $ref: "#/$defs/email"
        },
        phone: {
          type: "string",
          pattern: "^\\+?[0-9 ()-]{5,20}$"
        },
        address: {
          $ref: "#/$defs/text"
        }
      }
    },
    envelope: {
      type: "object",
      required: [
        "apiVersion",
        "kind",
        "id",
        "name"
      ],
      properties: {
        apiVersion: {
          $ref: "#/$defs/apiVersion"
        },
        kind: {
          type: "string"
        },
        id: {
          $ref: "#/$defs/id"
        },
        name: {
          $ref: "#/$defs/text"
        },
        description: {
          $ref: "#/$defs/text"
        },
        status: {
          $ref: "#/$defs/status"
        },
        retired_on: {
          $ref: "#/$defs/date"
        },
        retired_reason: {
          $ref: "#/$defs/text"
        },
        notes: {
          $ref: "#/$defs/text"
        }
      },
      allOf: [
        {
          $ref: "#/$defs/retirement"
        }
      ]
    }
  }
};

// engine/validators.generated.js
var validators_generated_exports = {};
__export(validators_generated_exports, {
  CustomerSegment: () => CustomerSegment,
  DataCategory: () => DataCategory,
  Organisation: () => Organisation,
  ProcessingActivity: () => ProcessingActivity,
  Product: () => Product,
  StorageLocation: () => StorageLocation,
  Subprocessor: () => Subprocessor,
  Waiver: () => Waiver
});

// engine/ucs2length.ts
var PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
function ucs2length(text) {
  return text.length - (text.match(PAIR)?.length ?? 0);
}

// engine/formats.ts
var import_formats = __toESM(require_formats(), 1);
var PLAIN_URL = /^https?:\/\/[a-z0-9\-._~]+(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
var fullUri = import_formats.fullFormats.uri;
var formats = { ...import_formats.fullFormats, uri: (text) => PLAIN_URL.test(text) || fullUri(text) };

// engine/validators.generated.js
var import_equal = __toESM(require_equal(), 1);
var Organisation = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "organisation.schema.json", "title": "Organisation", "description": "Who keeps this register: the controller or processor, its contact details and its data protection officer (GDPR Art. 30(1)(a), 30(2)(a), 37).", "type": "object", "allOf": [{ "$ref": "common.schema.json#/$defs/envelope" }], "properties": { "kind": { "const": "Organisation" }, "legal_name": { "$ref": "common.schema.json#/$defs/text" }, "registration": { "type": "string", "minLength": 1, "maxLength": 64, "description": "Company registration number." }, "country": { "$ref": "common.schema.json#/$defs/country" }, "contact": { "$ref": "common.schema.json#/$defs/contact" }, "dpo": { "$ref": "common.schema.json#/$defs/contact" }, "representative": { "$ref": "common.schema.json#/$defs/contact" }, "data_residency": { "type": "array", "description": "Public promises about where customers' data is stored, per jurisdiction.", "items": { "type": "object", "additionalProperties": false, "properties": { "jurisdiction": { "enum": ["EEA", "UK"], "description": "Whose customers the promise is made to." }, "locations": { "$ref": "common.schema.json#/$defs/refs", "description": "StorageLocation ids promised to those customers." }, "cities": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "common.schema.json#/$defs/text" }, "description": "The cities the promise names, as the providers name their regions' places (e.g. Stockholm). Each promised location's region must lie in one of them." }, "promise": { "$ref": "common.schema.json#/$defs/text" } }, "required": ["jurisdiction", "locations"] } }, "controller_purposes": { "type": "array", "description": "The purposes for which the organisation says publicly it is controller, each with the ProcessingActivity ids that serve it. When stated (or when `promises` quotes the words for processor.controller_purposes), a controller activity listed under none of them breaks that statement.", "items": { "type": "object", "additionalProperties": false, "properties": { "purpose": { "$ref": "common.schema.json#/$defs/text" }, "activities": { "$ref": "common.schema.json#/$defs/refs", "description": "ProcessingActivity ids (role: controller) that serve this purpose. An id that names no activity lists nothing: the activity it meant is then outside every stated purpose, and processor.controller_purposes says so." } }, "required": ["purpose", "activities"] } }, "access_without_authorisation": { "type": "array", "uniqueItems": true, "items": { "enum": ["technical", "support", "other"] }, "description": "Categories of staff that may access customer data without the customer's authorisation." }, "privacy_statement_url": { "type": "string", "format": "uri", "pattern": "^https?://", "maxLength": 2e3, "description": "Where the public privacy statement is that the rules' promises quote; reports link each promise to it." }, "promises": { "type": "object", "description": "The organisation's own public promises, in the words of its privacy statement, by the id of the rule that checks each (see `ropa rules`). A rule that checks a promise applies only when its promise is stated here; reports quote these words. A rule that checks the law applies anyway, and quotes the words given for it.", "additionalProperties": { "type": "string", "minLength": 1, "maxLength": 2e3 } }, "taxonomy": { "type": "object", "additionalProperties": false, "description": "How the register narrows the data-category taxonomy bundled with ropa (its own categories are DataCategory records).", "properties": { "exclude": { "type": "array", "$ref": "common.schema.json#/$defs/refs", "minItems": 1, "description": "Ids of bundled data categories this organisation does not process: an activity or subprocessor that names one is an error (records.excluded_category)." } } }, "waiver_max_days": { "type": "integer", "minimum": 1, "maximum": 3650, "description": "The longest a waiver may run, in days. Default 180." } }, "unevaluatedProperties": false };
var schema37 = { "type": "string", "minLength": 1, "maxLength": 2e3 };
var schema44 = { "type": "string", "pattern": "^[A-Z]{2}$", "description": 'ISO 3166-1 alpha-2 country code, e.g. NO, SE, GB, US. Quote nothing: ropa reads YAML 1.2, so NO stays the string "NO".' };
var schema33 = { "type": "object", "required": ["apiVersion", "kind", "id", "name"], "properties": { "apiVersion": { "$ref": "#/$defs/apiVersion" }, "kind": { "type": "string" }, "id": { "$ref": "#/$defs/id" }, "name": { "$ref": "#/$defs/text" }, "description": { "$ref": "#/$defs/text" }, "status": { "$ref": "#/$defs/status" }, "retired_on": { "$ref": "#/$defs/date" }, "retired_reason": { "$ref": "#/$defs/text" }, "notes": { "$ref": "#/$defs/text" } }, "allOf": [{ "$ref": "#/$defs/retirement" }] };
var schema34 = { "if": { "properties": { "status": { "const": "retired" } }, "required": ["status"], "type": "object" }, "then": { "required": ["retired_on", "retired_reason"], "type": "object" } };
var schema35 = { "const": "ropa/v1", "description": "The version of the record format." };
var schema36 = { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}$", "description": "Lower-case letters, digits and dashes; unique across the whole register." };
var schema39 = { "enum": ["active", "retired"], "description": "Records are retired, never deleted, so the history stays whole." };
var schema40 = { "type": "string", "format": "date", "description": "A calendar date, YYYY-MM-DD." };
var pattern4 = new RegExp("^[a-z0-9][a-z0-9-]{0,63}$", "u");
var func1 = ucs2length;
var formats0 = formats.date;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs3 = errors;
  let valid2 = true;
  const _errs4 = errors;
  if (errors === _errs4) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.status === void 0 && (missing0 = "status")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.status !== void 0) {
          if ("retired" !== data.status) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  errors = _errs3;
  if (vErrors !== null) {
    if (_errs3) {
      vErrors.length = _errs3;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.retired_on === void 0) {
        const err3 = { instancePath, schemaPath: "#/$defs/retirement/then/required", keyword: "required", params: { missingProperty: "retired_on" }, message: "must have required property 'retired_on'", schema: schema34.then.required, parentSchema: schema34.then, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.retired_reason === void 0) {
        const err4 = { instancePath, schemaPath: "#/$defs/retirement/then/required", keyword: "required", params: { missingProperty: "retired_reason" }, message: "must have required property 'retired_reason'", schema: schema34.then.required, parentSchema: schema34.then, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    } else {
      const err5 = { instancePath, schemaPath: "#/$defs/retirement/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.then.type, parentSchema: schema34.then, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    var _valid0 = _errs7 === errors;
    valid2 = _valid0;
  }
  if (!valid2) {
    const err6 = { instancePath, schemaPath: "#/$defs/retirement/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema34.if, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.apiVersion !== void 0) {
      let data1 = data.apiVersion;
      if ("ropa/v1" !== data1) {
        const err11 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "ropa/v1" }, message: "must be equal to constant", schema: "ropa/v1", parentSchema: schema35, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if (typeof data2 !== "string") {
        const err12 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.kind.type, parentSchema: schema33.properties.kind, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data3 = data.id;
      if (typeof data3 === "string") {
        if (!pattern4.test(data3)) {
          const err13 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema36, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data4 = data.name;
      if (typeof data4 === "string") {
        if (func1(data4) > 2e3) {
          const err15 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func1(data4) < 1) {
          const err16 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data5 = data.description;
      if (typeof data5 === "string") {
        if (func1(data5) > 2e3) {
          const err18 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func1(data5) < 1) {
          const err19 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data6 = data.status;
      if (!(data6 === "active" || data6 === "retired")) {
        const err21 = { instancePath: instancePath + "/status", schemaPath: "#/$defs/status/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.retired_on !== void 0) {
      let data7 = data.retired_on;
      if (typeof data7 === "string") {
        if (!formats0.validate(data7)) {
          const err22 = { instancePath: instancePath + "/retired_on", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data7 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/retired_on", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.retired_reason !== void 0) {
      let data8 = data.retired_reason;
      if (typeof data8 === "string") {
        if (func1(data8) > 2e3) {
          const err24 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data8 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (func1(data8) < 1) {
          const err25 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data8 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data8 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data9 = data.notes;
      if (typeof data9 === "string") {
        if (func1(data9) > 2e3) {
          const err27 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data9 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (func1(data9) < 1) {
          const err28 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data9 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data9 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "apiVersion": true, "kind": true, "id": true, "name": true, "description": true, "status": true, "retired_on": true, "retired_reason": true, "notes": true }, "dynamicProps": false, "dynamicItems": false };
var schema45 = { "type": "object", "additionalProperties": false, "properties": { "name": { "$ref": "#/$defs/text" }, "email": { "$ref": "#/$defs/email" }, "phone": { "type": "string", "pattern": "^\\+?[0-9 ()-]{5,20}$" }, "address": { "$ref": "#/$defs/text" } } };
var schema47 = { "type": "string", "format": "email" };
var formats2 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
var pattern6 = new RegExp("^\\+?[0-9 ()-]{5,20}$", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "email" || key0 === "phone" || key0 === "address")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) > 2e3) {
          const err1 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.email !== void 0) {
      let data1 = data.email;
      if (typeof data1 === "string") {
        if (!formats2.test(data1)) {
          const err4 = { instancePath: instancePath + "/email", schemaPath: "#/$defs/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"', schema: "email", parentSchema: schema47, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/email", schemaPath: "#/$defs/email/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.phone !== void 0) {
      let data2 = data.phone;
      if (typeof data2 === "string") {
        if (!pattern6.test(data2)) {
          const err6 = { instancePath: instancePath + "/phone", schemaPath: "#/properties/phone/pattern", keyword: "pattern", params: { pattern: "^\\+?[0-9 ()-]{5,20}$" }, message: 'must match pattern "^\\+?[0-9 ()-]{5,20}$"', schema: "^\\+?[0-9 ()-]{5,20}$", parentSchema: schema45.properties.phone, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/phone", schemaPath: "#/properties/phone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.phone.type, parentSchema: schema45.properties.phone, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.address !== void 0) {
      let data3 = data.address;
      if (typeof data3 === "string") {
        if (func1(data3) > 2e3) {
          const err8 = { instancePath: instancePath + "/address", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (func1(data3) < 1) {
          const err9 = { instancePath: instancePath + "/address", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/address", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema49 = { "type": "array", "items": { "$ref": "#/$defs/ref" }, "uniqueItems": true };
var schema50 = { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}$", "description": "The id of another record." };
var func0 = typeof import_equal.default === "function" ? import_equal.default : import_equal.default.default;
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/ref/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema50, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0:
        for (; i1--; ) {
          for (j0 = i1; j0--; ) {
            if (func0(data[i1], data[j0])) {
              const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema49, data };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
              break outer0;
            }
          }
        }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var pattern5 = new RegExp("^[A-Z]{2}$", "u");
var pattern8 = new RegExp("^https?://", "u");
var formats4 = formats.uri;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if ("Organisation" !== data0) {
        const err0 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Organisation" }, message: "must be equal to constant", schema: "Organisation", parentSchema: schema31.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.legal_name !== void 0) {
      let data1 = data.legal_name;
      if (typeof data1 === "string") {
        if (func1(data1) > 2e3) {
          const err1 = { instancePath: instancePath + "/legal_name", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data1 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err2 = { instancePath: instancePath + "/legal_name", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/legal_name", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.registration !== void 0) {
      let data2 = data.registration;
      if (typeof data2 === "string") {
        if (func1(data2) > 64) {
          const err4 = { instancePath: instancePath + "/registration", schemaPath: "#/properties/registration/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.registration, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err5 = { instancePath: instancePath + "/registration", schemaPath: "#/properties/registration/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.registration, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/registration", schemaPath: "#/properties/registration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.registration.type, parentSchema: schema31.properties.registration, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.country !== void 0) {
      let data3 = data.country;
      if (typeof data3 === "string") {
        if (!pattern5.test(data3)) {
          const err7 = { instancePath: instancePath + "/country", schemaPath: "common.schema.json#/$defs/country/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"', schema: "^[A-Z]{2}$", parentSchema: schema44, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/country", schemaPath: "common.schema.json#/$defs/country/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.contact !== void 0) {
      if (!validate24(data.contact, { instancePath: instancePath + "/contact", parentData: data, parentDataProperty: "contact", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.dpo !== void 0) {
      if (!validate24(data.dpo, { instancePath: instancePath + "/dpo", parentData: data, parentDataProperty: "dpo", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.representative !== void 0) {
      if (!validate24(data.representative, { instancePath: instancePath + "/representative", parentData: data, parentDataProperty: "representative", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.data_residency !== void 0) {
      let data7 = data.data_residency;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.jurisdiction === void 0) {
              const err9 = { instancePath: instancePath + "/data_residency/" + i0, schemaPath: "#/properties/data_residency/items/required", keyword: "required", params: { missingProperty: "jurisdiction" }, message: "must have required property 'jurisdiction'", schema: schema31.properties.data_residency.items.required, parentSchema: schema31.properties.data_residency.items, data: data8 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data8.locations === void 0) {
              const err10 = { instancePath: instancePath + "/data_residency/" + i0, schemaPath: "#/properties/data_residency/items/required", keyword: "required", params: { missingProperty: "locations" }, message: "must have required property 'locations'", schema: schema31.properties.data_residency.items.required, parentSchema: schema31.properties.data_residency.items, data: data8 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            for (const key0 in data8) {
              if (!(key0 === "jurisdiction" || key0 === "locations" || key0 === "cities" || key0 === "promise")) {
                const err11 = { instancePath: instancePath + "/data_residency/" + i0, schemaPath: "#/properties/data_residency/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.data_residency.items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data8.jurisdiction !== void 0) {
              let data9 = data8.jurisdiction;
              if (!(data9 === "EEA" || data9 === "UK")) {
                const err12 = { instancePath: instancePath + "/data_residency/" + i0 + "/jurisdiction", schemaPath: "#/properties/data_residency/items/properties/jurisdiction/enum", keyword: "enum", params: { allowedValues: schema31.properties.data_residency.items.properties.jurisdiction.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.data_residency.items.properties.jurisdiction.enum, parentSchema: schema31.properties.data_residency.items.properties.jurisdiction, data: data9 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data8.locations !== void 0) {
              if (!validate28(data8.locations, { instancePath: instancePath + "/data_residency/" + i0 + "/locations", parentData: data8, parentDataProperty: "locations", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                errors = vErrors.length;
              }
            }
            if (data8.cities !== void 0) {
              let data11 = data8.cities;
              if (Array.isArray(data11)) {
                if (data11.length < 1) {
                  const err13 = { instancePath: instancePath + "/data_residency/" + i0 + "/cities", schemaPath: "#/properties/data_residency/items/properties/cities/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.data_residency.items.properties.cities, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
                const len1 = data11.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data12 = data11[i1];
                  if (typeof data12 === "string") {
                    if (func1(data12) > 2e3) {
                      const err14 = { instancePath: instancePath + "/data_residency/" + i0 + "/cities/" + i1, schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                    }
                    if (func1(data12) < 1) {
                      const err15 = { instancePath: instancePath + "/data_residency/" + i0 + "/cities/" + i1, schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  } else {
                    const err16 = { instancePath: instancePath + "/data_residency/" + i0 + "/cities/" + i1, schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
                let i2 = data11.length;
                let j0;
                if (i2 > 1) {
                  outer0:
                    for (; i2--; ) {
                      for (j0 = i2; j0--; ) {
                        if (func0(data11[i2], data11[j0])) {
                          const err17 = { instancePath: instancePath + "/data_residency/" + i0 + "/cities", schemaPath: "#/properties/data_residency/items/properties/cities/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema31.properties.data_residency.items.properties.cities, data: data11 };
                          if (vErrors === null) {
                            vErrors = [err17];
                          } else {
                            vErrors.push(err17);
                          }
                          errors++;
                          break outer0;
                        }
                      }
                    }
                }
              } else {
                const err18 = { instancePath: instancePath + "/data_residency/" + i0 + "/cities", schemaPath: "#/properties/data_residency/items/properties/cities/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.data_residency.items.properties.cities.type, parentSchema: schema31.properties.data_residency.items.properties.cities, data: data11 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data8.promise !== void 0) {
              let data13 = data8.promise;
              if (typeof data13 === "string") {
                if (func1(data13) > 2e3) {
                  const err19 = { instancePath: instancePath + "/data_residency/" + i0 + "/promise", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                if (func1(data13) < 1) {
                  const err20 = { instancePath: instancePath + "/data_residency/" + i0 + "/promise", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/data_residency/" + i0 + "/promise", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data13 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/data_residency/" + i0, schemaPath: "#/properties/data_residency/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.data_residency.items.type, parentSchema: schema31.properties.data_residency.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/data_residency", schemaPath: "#/properties/data_residency/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.data_residency.type, parentSchema: schema31.properties.data_residency, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.controller_purposes !== void 0) {
      let data14 = data.controller_purposes;
      if (Array.isArray(data14)) {
        const len2 = data14.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data15 = data14[i3];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.purpose === void 0) {
              const err24 = { instancePath: instancePath + "/controller_purposes/" + i3, schemaPath: "#/properties/controller_purposes/items/required", keyword: "required", params: { missingProperty: "purpose" }, message: "must have required property 'purpose'", schema: schema31.properties.controller_purposes.items.required, parentSchema: schema31.properties.controller_purposes.items, data: data15 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data15.activities === void 0) {
              const err25 = { instancePath: instancePath + "/controller_purposes/" + i3, schemaPath: "#/properties/controller_purposes/items/required", keyword: "required", params: { missingProperty: "activities" }, message: "must have required property 'activities'", schema: schema31.properties.controller_purposes.items.required, parentSchema: schema31.properties.controller_purposes.items, data: data15 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            for (const key1 in data15) {
              if (!(key1 === "purpose" || key1 === "activities")) {
                const err26 = { instancePath: instancePath + "/controller_purposes/" + i3, schemaPath: "#/properties/controller_purposes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.controller_purposes.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data15.purpose !== void 0) {
              let data16 = data15.purpose;
              if (typeof data16 === "string") {
                if (func1(data16) > 2e3) {
                  const err27 = { instancePath: instancePath + "/controller_purposes/" + i3 + "/purpose", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (func1(data16) < 1) {
                  const err28 = { instancePath: instancePath + "/controller_purposes/" + i3 + "/purpose", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/controller_purposes/" + i3 + "/purpose", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data16 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data15.activities !== void 0) {
              if (!validate28(data15.activities, { instancePath: instancePath + "/controller_purposes/" + i3 + "/activities", parentData: data15, parentDataProperty: "activities", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/controller_purposes/" + i3, schemaPath: "#/properties/controller_purposes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.controller_purposes.items.type, parentSchema: schema31.properties.controller_purposes.items, data: data15 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/controller_purposes", schemaPath: "#/properties/controller_purposes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.controller_purposes.type, parentSchema: schema31.properties.controller_purposes, data: data14 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.access_without_authorisation !== void 0) {
      let data18 = data.access_without_authorisation;
      if (Array.isArray(data18)) {
        const len3 = data18.length;
        for (let i4 = 0; i4 < len3; i4++) {
          let data19 = data18[i4];
          if (!(data19 === "technical" || data19 === "support" || data19 === "other")) {
            const err32 = { instancePath: instancePath + "/access_without_authorisation/" + i4, schemaPath: "#/properties/access_without_authorisation/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.access_without_authorisation.items.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.access_without_authorisation.items.enum, parentSchema: schema31.properties.access_without_authorisation.items, data: data19 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        let i5 = data18.length;
        let j1;
        if (i5 > 1) {
          outer1:
            for (; i5--; ) {
              for (j1 = i5; j1--; ) {
                if (func0(data18[i5], data18[j1])) {
                  const err33 = { instancePath: instancePath + "/access_without_authorisation", schemaPath: "#/properties/access_without_authorisation/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i5 + " are identical)", schema: true, parentSchema: schema31.properties.access_without_authorisation, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                  break outer1;
                }
              }
            }
        }
      } else {
        const err34 = { instancePath: instancePath + "/access_without_authorisation", schemaPath: "#/properties/access_without_authorisation/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.access_without_authorisation.type, parentSchema: schema31.properties.access_without_authorisation, data: data18 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.privacy_statement_url !== void 0) {
      let data20 = data.privacy_statement_url;
      if (typeof data20 === "string") {
        if (func1(data20) > 2e3) {
          const err35 = { instancePath: instancePath + "/privacy_statement_url", schemaPath: "#/properties/privacy_statement_url/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema31.properties.privacy_statement_url, data: data20 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (!pattern8.test(data20)) {
          const err36 = { instancePath: instancePath + "/privacy_statement_url", schemaPath: "#/properties/privacy_statement_url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema31.properties.privacy_statement_url, data: data20 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (!formats4(data20)) {
          const err37 = { instancePath: instancePath + "/privacy_statement_url", schemaPath: "#/properties/privacy_statement_url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema31.properties.privacy_statement_url, data: data20 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      } else {
        const err38 = { instancePath: instancePath + "/privacy_statement_url", schemaPath: "#/properties/privacy_statement_url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.privacy_statement_url.type, parentSchema: schema31.properties.privacy_statement_url, data: data20 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.promises !== void 0) {
      let data21 = data.promises;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key2 in data21) {
          let data22 = data21[key2];
          if (typeof data22 === "string") {
            if (func1(data22) > 2e3) {
              const err39 = { instancePath: instancePath + "/promises/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/promises/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema31.properties.promises.additionalProperties, data: data22 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (func1(data22) < 1) {
              const err40 = { instancePath: instancePath + "/promises/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/promises/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.promises.additionalProperties, data: data22 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/promises/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/promises/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.promises.additionalProperties.type, parentSchema: schema31.properties.promises.additionalProperties, data: data22 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/promises", schemaPath: "#/properties/promises/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.promises.type, parentSchema: schema31.properties.promises, data: data21 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.taxonomy !== void 0) {
      let data23 = data.taxonomy;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        for (const key3 in data23) {
          if (!(key3 === "exclude")) {
            const err43 = { instancePath: instancePath + "/taxonomy", schemaPath: "#/properties/taxonomy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.taxonomy, data: data23 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data23.exclude !== void 0) {
          let data24 = data23.exclude;
          if (!validate28(data24, { instancePath: instancePath + "/taxonomy/exclude", parentData: data23, parentDataProperty: "exclude", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
            errors = vErrors.length;
          }
          if (Array.isArray(data24)) {
            if (data24.length < 1) {
              const err44 = { instancePath: instancePath + "/taxonomy/exclude", schemaPath: "#/properties/taxonomy/properties/exclude/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.taxonomy.properties.exclude, data: data24 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/taxonomy/exclude", schemaPath: "#/properties/taxonomy/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.taxonomy.properties.exclude.type, parentSchema: schema31.properties.taxonomy.properties.exclude, data: data24 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/taxonomy", schemaPath: "#/properties/taxonomy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.taxonomy.type, parentSchema: schema31.properties.taxonomy, data: data23 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.waiver_max_days !== void 0) {
      let data25 = data.waiver_max_days;
      if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
        const err47 = { instancePath: instancePath + "/waiver_max_days", schemaPath: "#/properties/waiver_max_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.waiver_max_days.type, parentSchema: schema31.properties.waiver_max_days, data: data25 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
      if (typeof data25 == "number" && isFinite(data25)) {
        if (data25 > 3650 || isNaN(data25)) {
          const err48 = { instancePath: instancePath + "/waiver_max_days", schemaPath: "#/properties/waiver_max_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650", schema: 3650, parentSchema: schema31.properties.waiver_max_days, data: data25 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
        if (data25 < 1 || isNaN(data25)) {
          const err49 = { instancePath: instancePath + "/waiver_max_days", schemaPath: "#/properties/waiver_max_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.waiver_max_days, data: data25 };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
      }
    }
    for (const key4 in data) {
      if (key4 !== "kind" && key4 !== "legal_name" && key4 !== "registration" && key4 !== "country" && key4 !== "contact" && key4 !== "dpo" && key4 !== "representative" && key4 !== "data_residency" && key4 !== "controller_purposes" && key4 !== "access_without_authorisation" && key4 !== "privacy_statement_url" && key4 !== "promises" && key4 !== "taxonomy" && key4 !== "waiver_max_days" && key4 !== "apiVersion" && key4 !== "id" && key4 !== "name" && key4 !== "description" && key4 !== "status" && key4 !== "retired_on" && key4 !== "retired_reason" && key4 !== "notes") {
        const err50 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key4 }, message: "must NOT have unevaluated properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
  } else {
    const err51 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err51];
    } else {
      vErrors.push(err51);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var ProcessingActivity = validate32;
var schema54 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "processing-activity.schema.json", "title": "Processing activity", "description": "One processing activity of the record of processing activities (GDPR Art. 30).", "type": "object", "allOf": [{ "$ref": "common.schema.json#/$defs/envelope" }], "properties": { "kind": { "const": "ProcessingActivity" }, "role": { "enum": ["controller", "processor"], "description": "Whether the organisation decides the purposes (controller) or processes on a customer's behalf (processor)." }, "since": { "$ref": "common.schema.json#/$defs/date" }, "purposes": { "$ref": "common.schema.json#/$defs/texts", "description": "Art. 30(1)(b): the purposes of the processing." }, "data_subjects": { "type": "array", "$ref": "common.schema.json#/$defs/texts", "description": "Art. 30(1)(c): categories of data subjects. Required of every activity: the data processing agreement names them too (Art. 28(3)).", "minItems": 1 }, "data_categories": { "type": "array", "description": "Art. 30(1)(c) and (f): categories of personal data, from the taxonomy, with their retention. Required of every activity: the retention, Art. 9, DPIA, security and telemetry rules all read it.", "items": { "type": "object", "additionalProperties": false, "properties": { "category": { "$ref": "common.schema.json#/$defs/ref" }, "retention": { "type": "object", "additionalProperties": false, "properties": { "period": { "$ref": "common.schema.json#/$defs/duration", "description": "How long the data is kept, ISO 8601 (P10Y, P3M)." }, "after": { "$ref": "common.schema.json#/$defs/text", "description": 'The event the period runs from, e.g. "end of contract". Default: collection.' }, "indefinite": { "const": true, "description": "Kept with no end date. Never allowed for special categories." } }, "description": "How long the data category is kept: a period after an event, or indefinite.", "oneOf": [{ "type": "object", "required": ["period"] }, { "type": "object", "required": ["indefinite"] }] }, "source": { "$ref": "common.schema.json#/$defs/text" } }, "required": ["category"] }, "minItems": 1 }, "legal_basis": { "type": "object", "additionalProperties": false, "properties": { "art6": { "enum": ["6(1)(a)", "6(1)(b)", "6(1)(c)", "6(1)(d)", "6(1)(e)", "6(1)(f)"], "description": "GDPR Art. 6(1) legal basis." }, "art9": { "enum": ["9(2)(a)", "9(2)(b)", "9(2)(c)", "9(2)(d)", "9(2)(e)", "9(2)(f)", "9(2)(g)", "9(2)(h)", "9(2)(i)", "9(2)(j)"], "description": "GDPR Art. 9(2) condition for special categories." }, "assessment": { "$ref": "common.schema.json#/$defs/text", "description": "Legitimate interests assessment reference, for 6(1)(f)." }, "explanation": { "$ref": "common.schema.json#/$defs/text" } }, "description": "Controller activities only: the legal basis." }, "dpa_clause": { "$ref": "common.schema.json#/$defs/text", "description": "Controller activities about the people whose data the organisation processes for its customers (the processor activities' data subjects): the clause of the customers' data processing agreement that authorises this use of their data (Art. 28(3)(a), 28(10))." }, "customer_segments": { "$ref": "common.schema.json#/$defs/refs", "description": "Processor activities: the CustomerSegment ids whose controllers instructed this processing (Art. 30(2)(a))." }, "processing_operations": { "$ref": "common.schema.json#/$defs/texts", "description": "Art. 30(2)(b): the categories of processing carried out for the controllers." }, "recipients": { "$ref": "common.schema.json#/$defs/texts", "description": "Art. 30(1)(d): recipients to whom data is disclosed (an empty list states there are none)." }, "products": { "$ref": "common.schema.json#/$defs/refs" }, "storage_locations": { "$ref": "common.schema.json#/$defs/refs" }, "subprocessors": { "type": "array", "uniqueItems": true, "description": "The Subprocessor ids the activity's data goes to. An id alone sends the subprocessor every data category of the activity; `{id, categories: [...]}` sends only those categories (each one of the activity's `data_categories`).", "items": { "description": "A Subprocessor id (it receives all the activity's data categories), or `{id: <subprocessor>, categories: [<category>, ...]}` (it receives only those).", "if": { "type": "object" }, "then": { "type": "object", "additionalProperties": false, "properties": { "id": { "$ref": "common.schema.json#/$defs/ref", "description": "The Subprocessor's id." }, "categories": { "type": "array", "$ref": "common.schema.json#/$defs/refs", "minItems": 1, "description": "The data categories of this activity the subprocessor receives; the others do not reach it." } }, "required": ["id", "categories"] }, "else": { "$ref": "common.schema.json#/$defs/ref" } } }, "security_measures": { "type": "array", "uniqueItems": true, "description": "Art. 30(1)(g), 32: technical and organisational measures.", "items": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$" } }, "access": { "type": "array", "description": "Roles that can access the data.", "items": { "type": "object", "additionalProperties": false, "properties": { "role": { "$ref": "common.schema.json#/$defs/text" }, "category": { "enum": ["technical", "support", "other"] }, "customer_authorisation": { "type": "boolean", "description": "Access only after the customer authorises it." } }, "required": ["role", "category"] } }, "large_scale": { "type": "boolean", "description": "Large-scale processing in the sense of Art. 35(3)(b). Activities with special categories of data must state it (true or false)." }, "risk_criteria": { "type": "array", "uniqueItems": true, "description": "DPIA screening (Art. 35): the criteria of the WP248 guidelines and of the supervisory authorities' Art. 35(4) lists that the activity meets, beyond what its record shows (special categories, large_scale and vulnerable data subjects are read from the record). Two WP248 criteria, or an entry of the national list, call for a DPIA.", "items": { "enum": ["evaluation-or-scoring", "automated-decisions", "systematic-monitoring", "sensitive-data", "large-scale", "matching-datasets", "vulnerable-subjects", "innovative-technology", "prevents-rights-or-services", "location-data", "employee-monitoring", "third-party-data", "research-without-consent"] } }, "dpia": { "type": "object", "additionalProperties": false, "properties": { "reference": { "$ref": "common.schema.json#/$defs/text" }, "reviewed_on": { "$ref": "common.schema.json#/$defs/date" } }, "required": ["reference"], "description": "Data protection impact assessment (Art. 35). On a processor activity: the customers' DPIA that the organisation assisted with (Art. 28(3)(f)), or the assessment it provides for them to adopt." }, "telemetry": { "type": "object", "additionalProperties": false, "properties": { "anonymised": { "type": "boolean" }, "aggregated": { "type": "boolean" }, "method": { "$ref": "common.schema.json#/$defs/text" }, "minimum_group_size": { "type": "integer", "minimum": 1 } }, "description": "For usage statistics and technical telemetry: how the data is anonymised and aggregated." }, "data_subject_requests": { "type": "object", "additionalProperties": false, "properties": { "procedure": { "$ref": "common.schema.json#/$defs/text" }, "response_days": { "type": "integer", "minimum": 1, "maximum": 365 }, "route_to_controller": { "type": "boolean", "description": "Processor activities: requests are passed to the controller." } }, "description": "How requests from data subjects (Art. 15-22) are handled." } }, "unevaluatedProperties": false, "required": ["role", "data_subjects", "data_categories"] };
var schema69 = { "type": "string", "pattern": "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$", "description": "An ISO 8601 duration in years, months, weeks or days, e.g. P10Y, P3M, P30D." };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs3 = errors;
  let valid2 = true;
  const _errs4 = errors;
  if (errors === _errs4) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.status === void 0 && (missing0 = "status")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.status !== void 0) {
          if ("retired" !== data.status) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  errors = _errs3;
  if (vErrors !== null) {
    if (_errs3) {
      vErrors.length = _errs3;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.retired_on === void 0) {
        const err3 = { instancePath, schemaPath: "#/$defs/retirement/then/required", keyword: "required", params: { missingProperty: "retired_on" }, message: "must have required property 'retired_on'", schema: schema34.then.required, parentSchema: schema34.then, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.retired_reason === void 0) {
        const err4 = { instancePath, schemaPath: "#/$defs/retirement/then/required", keyword: "required", params: { missingProperty: "retired_reason" }, message: "must have required property 'retired_reason'", schema: schema34.then.required, parentSchema: schema34.then, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    } else {
      const err5 = { instancePath, schemaPath: "#/$defs/retirement/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.then.type, parentSchema: schema34.then, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    var _valid0 = _errs7 === errors;
    valid2 = _valid0;
  }
  if (!valid2) {
    const err6 = { instancePath, schemaPath: "#/$defs/retirement/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema34.if, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.apiVersion !== void 0) {
      let data1 = data.apiVersion;
      if ("ropa/v1" !== data1) {
        const err11 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "ropa/v1" }, message: "must be equal to constant", schema: "ropa/v1", parentSchema: schema35, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if (typeof data2 !== "string") {
        const err12 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.kind.type, parentSchema: schema33.properties.kind, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data3 = data.id;
      if (typeof data3 === "string") {
        if (!pattern4.test(data3)) {
          const err13 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema36, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data4 = data.name;
      if (typeof data4 === "string") {
        if (func1(data4) > 2e3) {
          const err15 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func1(data4) < 1) {
          const err16 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data5 = data.description;
      if (typeof data5 === "string") {
        if (func1(data5) > 2e3) {
          const err18 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func1(data5) < 1) {
          const err19 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data6 = data.status;
      if (!(data6 === "active" || data6 === "retired")) {
        const err21 = { instancePath: instancePath + "/status", schemaPath: "#/$defs/status/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.retired_on !== void 0) {
      let data7 = data.retired_on;
      if (typeof data7 === "string") {
        if (!formats0.validate(data7)) {
          const err22 = { instancePath: instancePath + "/retired_on", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data7 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/retired_on", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.retired_reason !== void 0) {
      let data8 = data.retired_reason;
      if (typeof data8 === "string") {
        if (func1(data8) > 2e3) {
          const err24 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data8 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (func1(data8) < 1) {
          const err25 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data8 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data8 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data9 = data.notes;
      if (typeof data9 === "string") {
        if (func1(data9) > 2e3) {
          const err27 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data9 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (func1(data9) < 1) {
          const err28 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data9 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data9 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": { "apiVersion": true, "kind": true, "id": true, "name": true, "description": true, "status": true, "retired_on": true, "retired_reason": true, "notes": true }, "dynamicProps": false, "dynamicItems": false };
var schema66 = { "type": "array", "items": { "$ref": "#/$defs/text" }, "uniqueItems": true };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (func1(data0) > 2e3) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0:
        for (; i1--; ) {
          for (j0 = i1; j0--; ) {
            if (func0(data[i1], data[j0])) {
              const err3 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema66, data };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
              break outer0;
            }
          }
        }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.type, parentSchema: schema66, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/ref/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema50, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0:
        for (; i1--; ) {
          for (j0 = i1; j0--; ) {
            if (func0(data[i1], data[j0])) {
              const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema49, data };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
              break outer0;
            }
          }
        }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var pattern11 = new RegExp("^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$", "u");
var pattern15 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate33(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.role === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.data_subjects === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data_subjects" }, message: "must have required property 'data_subjects'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.data_categories === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data_categories" }, message: "must have required property 'data_categories'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if ("ProcessingActivity" !== data0) {
        const err3 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "ProcessingActivity" }, message: "must be equal to constant", schema: "ProcessingActivity", parentSchema: schema54.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.role !== void 0) {
      let data1 = data.role;
      if (!(data1 === "controller" || data1 === "processor")) {
        const err4 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/enum", keyword: "enum", params: { allowedValues: schema54.properties.role.enum }, message: "must be equal to one of the allowed values", schema: schema54.properties.role.enum, parentSchema: schema54.properties.role, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.since !== void 0) {
      let data2 = data.since;
      if (typeof data2 === "string") {
        if (!formats0.validate(data2)) {
          const err5 = { instancePath: instancePath + "/since", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/since", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.purposes !== void 0) {
      if (!validate35(data.purposes, { instancePath: instancePath + "/purposes", parentData: data, parentDataProperty: "purposes", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.data_subjects !== void 0) {
      let data4 = data.data_subjects;
      if (!validate35(data4, { instancePath: instancePath + "/data_subjects", parentData: data, parentDataProperty: "data_subjects", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err7 = { instancePath: instancePath + "/data_subjects", schemaPath: "#/properties/data_subjects/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema54.properties.data_subjects, data: data4 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/data_subjects", schemaPath: "#/properties/data_subjects/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema54.properties.data_subjects.type, parentSchema: schema54.properties.data_subjects, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.data_categories !== void 0) {
      let data5 = data.data_categories;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err9 = { instancePath: instancePath + "/data_categories", schemaPath: "#/properties/data_categories/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema54.properties.data_categories, data: data5 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.category === void 0) {
              const err10 = { instancePath: instancePath + "/data_categories/" + i0, schemaPath: "#/properties/data_categories/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'", schema: schema54.properties.data_categories.items.required, parentSchema: schema54.properties.data_categories.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            for (const key0 in data6) {
              if (!(key0 === "category" || key0 === "retention" || key0 === "source")) {
                const err11 = { instancePath: instancePath + "/data_categories/" + i0, schemaPath: "#/properties/data_categories/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.data_categories.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data6.category !== void 0) {
              let data7 = data6.category;
              if (typeof data7 === "string") {
                if (!pattern4.test(data7)) {
                  const err12 = { instancePath: instancePath + "/data_categories/" + i0 + "/category", schemaPath: "common.schema.json#/$defs/ref/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema50, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/data_categories/" + i0 + "/category", schemaPath: "common.schema.json#/$defs/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data7 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data6.retention !== void 0) {
              let data8 = data6.retention;
              const _errs20 = errors;
              let valid7 = false;
              let passing0 = null;
              const _errs21 = errors;
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                if (data8.period === void 0) {
                  const err14 = { instancePath: instancePath + "/data_categories/" + i0 + "/retention", schemaPath: "#/properties/data_categories/items/properties/retention/oneOf/0/required", keyword: "required", params: { missingProperty: "period" }, message: "must have required property 'period'", schema: schema54.properties.data_categories.items.properties.retention.oneOf[0].required, parentSchema: schema54.properties.data_categories.items.properties.retention.oneOf[0], data: data8 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/data_categories/" + i0 + "/retention", schemaPath: "#/properties/data_categories/items/properties/retention/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.data_categories.items.properties.retention.oneOf[0].type, parentSchema: schema54.properties.data_categories.items.properties.retention.oneOf[0], data: data8 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
              var _valid0 = _errs21 === errors;
              if (_valid0) {
                valid7 = true;
                passing0 = 0;
              }
              const _errs23 = errors;
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                if (data8.indefinite === void 0) {
                  const err16 = { instancePath: instancePath + "/data_categories/" + i0 + "/retention", schemaPath: "#/properties/data_categories/items/properties/retention/oneOf/1/required", keyword: "required", params: { missingProperty: "indefinite" }, message: "must have required property 'indefinite'", schema: schema54.properties.data_categories.items.properties.retention.oneOf[1].required, parentSchema: schema54.properties.data_categories.items.properties.retention.oneOf[1], data: data8 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/data_categories/" + i0 + "/retention", schemaPath: "#/properties/data_categories/items/properties/retention/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.data_categories.items.properties.retention.oneOf[1].type, parentSchema: schema54.properties.data_categories.items.properties.retention.oneOf[1], data: data8 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              var _valid0 = _errs23 === errors;
              if (_valid0 && valid7) {
                valid7 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid7 = true;
                  passing0 = 1;
                }
              }
              if (!valid7) {
                const err18 = { instancePath: instancePath + "/data_categories/" + i0 + "/retention", schemaPath: "#/properties/data_categories/items/properties/retention/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema54.properties.data_categories.items.properties.retention.oneOf, parentSchema: schema54.properties.data_categories.items.properties.retention, data: data8 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              } else {
                errors = _errs20;
                if (vErrors !== null) {
                  if (_errs20) {
                    vErrors.length = _errs20;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                for (const key1 in data8) {
                  if (!(key1 === "period" || key1 === "after" || key1 === "indefinite")) {
                    const err19 = { instancePath: instancePath + "/data_categories/" + i0 + "/retention", schemaPath: "#/properties/data_categories/items/properties/retention/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.data_categories.items.properties.retention, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
                if (data8.period !== void 0) {
                  let data9 = data8.period;
                  if (typeof data9 === "string") {
                    if (!pattern11.test(data9)) {
                      const err20 = { instancePath: instancePath + "/data_categories/" + i0 + "/retention/period", schemaPath: "common.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$" }, message: 'must match pattern "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$"', schema: "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$", parentSchema: schema69, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                  } else {
                    const err21 = { instancePath: instancePath + "/data_categories/" + i0 + "/retention/period", schemaPath: "common.schema.json#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.type, parentSchema: schema69, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
                if (data8.after !== void 0) {
                  let data10 = data8.after;
                  if (typeof data10 === "string") {
                    if (func1(data10) > 2e3) {
                      const err22 = { instancePath: instancePath + "/data_categories/" + i0 + "/retention/after", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                    if (func1(data10) < 1) {
                      const err23 = { instancePath: instancePath + "/data_categories/" + i0 + "/retention/after", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                  } else {
                    const err24 = { instancePath: instancePath + "/data_categories/" + i0 + "/retention/after", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data8.indefinite !== void 0) {
                  let data11 = data8.indefinite;
                  if (true !== data11) {
                    const err25 = { instancePath: instancePath + "/data_categories/" + i0 + "/retention/indefinite", schemaPath: "#/properties/data_categories/items/properties/retention/properties/indefinite/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema54.properties.data_categories.items.properties.retention.properties.indefinite, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
              } else {
                const err26 = { instancePath: instancePath + "/data_categories/" + i0 + "/retention", schemaPath: "#/properties/data_categories/items/properties/retention/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.data_categories.items.properties.retention.type, parentSchema: schema54.properties.data_categories.items.properties.retention, data: data8 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data6.source !== void 0) {
              let data12 = data6.source;
              if (typeof data12 === "string") {
                if (func1(data12) > 2e3) {
                  const err27 = { instancePath: instancePath + "/data_categories/" + i0 + "/source", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (func1(data12) < 1) {
                  const err28 = { instancePath: instancePath + "/data_categories/" + i0 + "/source", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/data_categories/" + i0 + "/source", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data12 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/data_categories/" + i0, schemaPath: "#/properties/data_categories/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.data_categories.items.type, parentSchema: schema54.properties.data_categories.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/data_categories", schemaPath: "#/properties/data_categories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema54.properties.data_categories.type, parentSchema: schema54.properties.data_categories, data: data5 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.legal_basis !== void 0) {
      let data13 = data.legal_basis;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key2 in data13) {
          if (!(key2 === "art6" || key2 === "art9" || key2 === "assessment" || key2 === "explanation")) {
            const err32 = { instancePath: instancePath + "/legal_basis", schemaPath: "#/properties/legal_basis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.legal_basis, data: data13 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data13.art6 !== void 0) {
          let data14 = data13.art6;
          if (!(data14 === "6(1)(a)" || data14 === "6(1)(b)" || data14 === "6(1)(c)" || data14 === "6(1)(d)" || data14 === "6(1)(e)" || data14 === "6(1)(f)")) {
            const err33 = { instancePath: instancePath + "/legal_basis/art6", schemaPath: "#/properties/legal_basis/properties/art6/enum", keyword: "enum", params: { allowedValues: schema54.properties.legal_basis.properties.art6.enum }, message: "must be equal to one of the allowed values", schema: schema54.properties.legal_basis.properties.art6.enum, parentSchema: schema54.properties.legal_basis.properties.art6, data: data14 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data13.art9 !== void 0) {
          let data15 = data13.art9;
          if (!(data15 === "9(2)(a)" || data15 === "9(2)(b)" || data15 === "9(2)(c)" || data15 === "9(2)(d)" || data15 === "9(2)(e)" || data15 === "9(2)(f)" || data15 === "9(2)(g)" || data15 === "9(2)(h)" || data15 === "9(2)(i)" || data15 === "9(2)(j)")) {
            const err34 = { instancePath: instancePath + "/legal_basis/art9", schemaPath: "#/properties/legal_basis/properties/art9/enum", keyword: "enum", params: { allowedValues: schema54.properties.legal_basis.properties.art9.enum }, message: "must be equal to one of the allowed values", schema: schema54.properties.legal_basis.properties.art9.enum, parentSchema: schema54.properties.legal_basis.properties.art9, data: data15 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data13.assessment !== void 0) {
          let data16 = data13.assessment;
          if (typeof data16 === "string") {
            if (func1(data16) > 2e3) {
              const err35 = { instancePath: instancePath + "/legal_basis/assessment", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data16 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (func1(data16) < 1) {
              const err36 = { instancePath: instancePath + "/legal_basis/assessment", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data16 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/legal_basis/assessment", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data16 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data13.explanation !== void 0) {
          let data17 = data13.explanation;
          if (typeof data17 === "string") {
            if (func1(data17) > 2e3) {
              const err38 = { instancePath: instancePath + "/legal_basis/explanation", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data17 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (func1(data17) < 1) {
              const err39 = { instancePath: instancePath + "/legal_basis/explanation", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data17 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          } else {
            const err40 = { instancePath: instancePath + "/legal_basis/explanation", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data17 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/legal_basis", schemaPath: "#/properties/legal_basis/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.legal_basis.type, parentSchema: schema54.properties.legal_basis, data: data13 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.dpa_clause !== void 0) {
      let data18 = data.dpa_clause;
      if (typeof data18 === "string") {
        if (func1(data18) > 2e3) {
          const err42 = { instancePath: instancePath + "/dpa_clause", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data18 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (func1(data18) < 1) {
          const err43 = { instancePath: instancePath + "/dpa_clause", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data18 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = { instancePath: instancePath + "/dpa_clause", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data18 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.customer_segments !== void 0) {
      if (!validate38(data.customer_segments, { instancePath: instancePath + "/customer_segments", parentData: data, parentDataProperty: "customer_segments", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.processing_operations !== void 0) {
      if (!validate35(data.processing_operations, { instancePath: instancePath + "/processing_operations", parentData: data, parentDataProperty: "processing_operations", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.recipients !== void 0) {
      if (!validate35(data.recipients, { instancePath: instancePath + "/recipients", parentData: data, parentDataProperty: "recipients", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.products !== void 0) {
      if (!validate38(data.products, { instancePath: instancePath + "/products", parentData: data, parentDataProperty: "products", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.storage_locations !== void 0) {
      if (!validate38(data.storage_locations, { instancePath: instancePath + "/storage_locations", parentData: data, parentDataProperty: "storage_locations", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.subprocessors !== void 0) {
      let data24 = data.subprocessors;
      if (Array.isArray(data24)) {
        const len1 = data24.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data25 = data24[i1];
          const _errs58 = errors;
          let valid18 = true;
          const _errs59 = errors;
          if (!(data25 && typeof data25 == "object" && !Array.isArray(data25))) {
            const err45 = {};
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          var _valid1 = _errs59 === errors;
          errors = _errs58;
          if (vErrors !== null) {
            if (_errs58) {
              vErrors.length = _errs58;
            } else {
              vErrors = null;
            }
          }
          let ifClause0;
          if (_valid1) {
            const _errs61 = errors;
            if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
              if (data25.id === void 0) {
                const err46 = { instancePath: instancePath + "/subprocessors/" + i1, schemaPath: "#/properties/subprocessors/items/then/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema54.properties.subprocessors.items.then.required, parentSchema: schema54.properties.subprocessors.items.then, data: data25 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
              if (data25.categories === void 0) {
                const err47 = { instancePath: instancePath + "/subprocessors/" + i1, schemaPath: "#/properties/subprocessors/items/then/required", keyword: "required", params: { missingProperty: "categories" }, message: "must have required property 'categories'", schema: schema54.properties.subprocessors.items.then.required, parentSchema: schema54.properties.subprocessors.items.then, data: data25 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
              for (const key3 in data25) {
                if (!(key3 === "id" || key3 === "categories")) {
                  const err48 = { instancePath: instancePath + "/subprocessors/" + i1, schemaPath: "#/properties/subprocessors/items/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.subprocessors.items.then, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              }
              if (data25.id !== void 0) {
                let data26 = data25.id;
                if (typeof data26 === "string") {
                  if (!pattern4.test(data26)) {
                    const err49 = { instancePath: instancePath + "/subprocessors/" + i1 + "/id", schemaPath: "common.schema.json#/$defs/ref/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema50, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                } else {
                  const err50 = { instancePath: instancePath + "/subprocessors/" + i1 + "/id", schemaPath: "common.schema.json#/$defs/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              }
              if (data25.categories !== void 0) {
                let data27 = data25.categories;
                if (!validate38(data27, { instancePath: instancePath + "/subprocessors/" + i1 + "/categories", parentData: data25, parentDataProperty: "categories", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
                  errors = vErrors.length;
                }
                if (Array.isArray(data27)) {
                  if (data27.length < 1) {
                    const err51 = { instancePath: instancePath + "/subprocessors/" + i1 + "/categories", schemaPath: "#/properties/subprocessors/items/then/properties/categories/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema54.properties.subprocessors.items.then.properties.categories, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                } else {
                  const err52 = { instancePath: instancePath + "/subprocessors/" + i1 + "/categories", schemaPath: "#/properties/subprocessors/items/then/properties/categories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema54.properties.subprocessors.items.then.properties.categories.type, parentSchema: schema54.properties.subprocessors.items.then.properties.categories, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              }
            } else {
              const err53 = { instancePath: instancePath + "/subprocessors/" + i1, schemaPath: "#/properties/subprocessors/items/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.subprocessors.items.then.type, parentSchema: schema54.properties.subprocessors.items.then, data: data25 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            var _valid1 = _errs61 === errors;
            valid18 = _valid1;
            ifClause0 = "then";
          } else {
            const _errs69 = errors;
            if (typeof data25 === "string") {
              if (!pattern4.test(data25)) {
                const err54 = { instancePath: instancePath + "/subprocessors/" + i1, schemaPath: "common.schema.json#/$defs/ref/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema50, data: data25 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            } else {
              const err55 = { instancePath: instancePath + "/subprocessors/" + i1, schemaPath: "common.schema.json#/$defs/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data25 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            var _valid1 = _errs69 === errors;
            valid18 = _valid1;
            ifClause0 = "else";
          }
          if (!valid18) {
            const err56 = { instancePath: instancePath + "/subprocessors/" + i1, schemaPath: "#/properties/subprocessors/items/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema54.properties.subprocessors.items.if, parentSchema: schema54.properties.subprocessors.items, data: data25 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        let i2 = data24.length;
        let j0;
        if (i2 > 1) {
          outer0:
            for (; i2--; ) {
              for (j0 = i2; j0--; ) {
                if (func0(data24[i2], data24[j0])) {
                  const err57 = { instancePath: instancePath + "/subprocessors", schemaPath: "#/properties/subprocessors/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema54.properties.subprocessors, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err58 = { instancePath: instancePath + "/subprocessors", schemaPath: "#/properties/subprocessors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema54.properties.subprocessors.type, parentSchema: schema54.properties.subprocessors, data: data24 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.security_measures !== void 0) {
      let data28 = data.security_measures;
      if (Array.isArray(data28)) {
        const len2 = data28.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data29 = data28[i3];
          if (typeof data29 === "string") {
            if (!pattern15.test(data29)) {
              const err59 = { instancePath: instancePath + "/security_measures/" + i3, schemaPath: "#/properties/security_measures/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema54.properties.security_measures.items, data: data29 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/security_measures/" + i3, schemaPath: "#/properties/security_measures/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.security_measures.items.type, parentSchema: schema54.properties.security_measures.items, data: data29 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        let i4 = data28.length;
        let j1;
        if (i4 > 1) {
          const indices0 = {};
          for (; i4--; ) {
            let item0 = data28[i4];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j1 = indices0[item0];
              const err61 = { instancePath: instancePath + "/security_measures", schemaPath: "#/properties/security_measures/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)", schema: true, parentSchema: schema54.properties.security_measures, data: data28 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
              break;
            }
            indices0[item0] = i4;
          }
        }
      } else {
        const err62 = { instancePath: instancePath + "/security_measures", schemaPath: "#/properties/security_measures/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema54.properties.security_measures.type, parentSchema: schema54.properties.security_measures, data: data28 };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data.access !== void 0) {
      let data30 = data.access;
      if (Array.isArray(data30)) {
        const len3 = data30.length;
        for (let i5 = 0; i5 < len3; i5++) {
          let data31 = data30[i5];
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            if (data31.role === void 0) {
              const err63 = { instancePath: instancePath + "/access/" + i5, schemaPath: "#/properties/access/items/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema54.properties.access.items.required, parentSchema: schema54.properties.access.items, data: data31 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            if (data31.category === void 0) {
              const err64 = { instancePath: instancePath + "/access/" + i5, schemaPath: "#/properties/access/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'", schema: schema54.properties.access.items.required, parentSchema: schema54.properties.access.items, data: data31 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            for (const key4 in data31) {
              if (!(key4 === "role" || key4 === "category" || key4 === "customer_authorisation")) {
                const err65 = { instancePath: instancePath + "/access/" + i5, schemaPath: "#/properties/access/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.access.items, data: data31 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data31.role !== void 0) {
              let data32 = data31.role;
              if (typeof data32 === "string") {
                if (func1(data32) > 2e3) {
                  const err66 = { instancePath: instancePath + "/access/" + i5 + "/role", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
                if (func1(data32) < 1) {
                  const err67 = { instancePath: instancePath + "/access/" + i5 + "/role", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
              } else {
                const err68 = { instancePath: instancePath + "/access/" + i5 + "/role", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data32 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data31.category !== void 0) {
              let data33 = data31.category;
              if (!(data33 === "technical" || data33 === "support" || data33 === "other")) {
                const err69 = { instancePath: instancePath + "/access/" + i5 + "/category", schemaPath: "#/properties/access/items/properties/category/enum", keyword: "enum", params: { allowedValues: schema54.properties.access.items.properties.category.enum }, message: "must be equal to one of the allowed values", schema: schema54.properties.access.items.properties.category.enum, parentSchema: schema54.properties.access.items.properties.category, data: data33 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data31.customer_authorisation !== void 0) {
              let data34 = data31.customer_authorisation;
              if (typeof data34 !== "boolean") {
                const err70 = { instancePath: instancePath + "/access/" + i5 + "/customer_authorisation", schemaPath: "#/properties/access/items/properties/customer_authorisation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema54.properties.access.items.properties.customer_authorisation.type, parentSchema: schema54.properties.access.items.properties.customer_authorisation, data: data34 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
          } else {
            const err71 = { instancePath: instancePath + "/access/" + i5, schemaPath: "#/properties/access/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.access.items.type, parentSchema: schema54.properties.access.items, data: data31 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/access", schemaPath: "#/properties/access/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema54.properties.access.type, parentSchema: schema54.properties.access, data: data30 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.large_scale !== void 0) {
      let data35 = data.large_scale;
      if (typeof data35 !== "boolean") {
        const err73 = { instancePath: instancePath + "/large_scale", schemaPath: "#/properties/large_scale/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema54.properties.large_scale.type, parentSchema: schema54.properties.large_scale, data: data35 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.risk_criteria !== void 0) {
      let data36 = data.risk_criteria;
      if (Array.isArray(data36)) {
        const len4 = data36.length;
        for (let i6 = 0; i6 < len4; i6++) {
          let data37 = data36[i6];
          if (!(data37 === "evaluation-or-scoring" || data37 === "automated-decisions" || data37 === "systematic-monitoring" || data37 === "sensitive-data" || data37 === "large-scale" || data37 === "matching-datasets" || data37 === "vulnerable-subjects" || data37 === "innovative-technology" || data37 === "prevents-rights-or-services" || data37 === "location-data" || data37 === "employee-monitoring" || data37 === "third-party-data" || data37 === "research-without-consent")) {
            const err74 = { instancePath: instancePath + "/risk_criteria/" + i6, schemaPath: "#/properties/risk_criteria/items/enum", keyword: "enum", params: { allowedValues: schema54.properties.risk_criteria.items.enum }, message: "must be equal to one of the allowed values", schema: schema54.properties.risk_criteria.items.enum, parentSchema: schema54.properties.risk_criteria.items, data: data37 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        let i7 = data36.length;
        let j2;
        if (i7 > 1) {
          outer1:
            for (; i7--; ) {
              for (j2 = i7; j2--; ) {
                if (func0(data36[i7], data36[j2])) {
                  const err75 = { instancePath: instancePath + "/risk_criteria", schemaPath: "#/properties/risk_criteria/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i7 + " are identical)", schema: true, parentSchema: schema54.properties.risk_criteria, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                  break outer1;
                }
              }
            }
        }
      } else {
        const err76 = { instancePath: instancePath + "/risk_criteria", schemaPath: "#/properties/risk_criteria/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema54.properties.risk_criteria.type, parentSchema: schema54.properties.risk_criteria, data: data36 };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
    if (data.dpia !== void 0) {
      let data38 = data.dpia;
      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
        if (data38.reference === void 0) {
          const err77 = { instancePath: instancePath + "/dpia", schemaPath: "#/properties/dpia/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'", schema: schema54.properties.dpia.required, parentSchema: schema54.properties.dpia, data: data38 };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
        for (const key5 in data38) {
          if (!(key5 === "reference" || key5 === "reviewed_on")) {
            const err78 = { instancePath: instancePath + "/dpia", schemaPath: "#/properties/dpia/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.dpia, data: data38 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data38.reference !== void 0) {
          let data39 = data38.reference;
          if (typeof data39 === "string") {
            if (func1(data39) > 2e3) {
              const err79 = { instancePath: instancePath + "/dpia/reference", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data39 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (func1(data39) < 1) {
              const err80 = { instancePath: instancePath + "/dpia/reference", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data39 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
          } else {
            const err81 = { instancePath: instancePath + "/dpia/reference", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data39 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data38.reviewed_on !== void 0) {
          let data40 = data38.reviewed_on;
          if (typeof data40 === "string") {
            if (!formats0.validate(data40)) {
              const err82 = { instancePath: instancePath + "/dpia/reviewed_on", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data40 };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
          } else {
            const err83 = { instancePath: instancePath + "/dpia/reviewed_on", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data40 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
      } else {
        const err84 = { instancePath: instancePath + "/dpia", schemaPath: "#/properties/dpia/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.dpia.type, parentSchema: schema54.properties.dpia, data: data38 };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data.telemetry !== void 0) {
      let data41 = data.telemetry;
      if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
        for (const key6 in data41) {
          if (!(key6 === "anonymised" || key6 === "aggregated" || key6 === "method" || key6 === "minimum_group_size")) {
            const err85 = { instancePath: instancePath + "/telemetry", schemaPath: "#/properties/telemetry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.telemetry, data: data41 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data41.anonymised !== void 0) {
          let data42 = data41.anonymised;
          if (typeof data42 !== "boolean") {
            const err86 = { instancePath: instancePath + "/telemetry/anonymised", schemaPath: "#/properties/telemetry/properties/anonymised/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema54.properties.telemetry.properties.anonymised.type, parentSchema: schema54.properties.telemetry.properties.anonymised, data: data42 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data41.aggregated !== void 0) {
          let data43 = data41.aggregated;
          if (typeof data43 !== "boolean") {
            const err87 = { instancePath: instancePath + "/telemetry/aggregated", schemaPath: "#/properties/telemetry/properties/aggregated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema54.properties.telemetry.properties.aggregated.type, parentSchema: schema54.properties.telemetry.properties.aggregated, data: data43 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data41.method !== void 0) {
          let data44 = data41.method;
          if (typeof data44 === "string") {
            if (func1(data44) > 2e3) {
              const err88 = { instancePath: instancePath + "/telemetry/method", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data44 };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
            if (func1(data44) < 1) {
              const err89 = { instancePath: instancePath + "/telemetry/method", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data44 };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
          } else {
            const err90 = { instancePath: instancePath + "/telemetry/method", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data44 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data41.minimum_group_size !== void 0) {
          let data45 = data41.minimum_group_size;
          if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
            const err91 = { instancePath: instancePath + "/telemetry/minimum_group_size", schemaPath: "#/properties/telemetry/properties/minimum_group_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.telemetry.properties.minimum_group_size.type, parentSchema: schema54.properties.telemetry.properties.minimum_group_size, data: data45 };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
          if (typeof data45 == "number" && isFinite(data45)) {
            if (data45 < 1 || isNaN(data45)) {
              const err92 = { instancePath: instancePath + "/telemetry/minimum_group_size", schemaPath: "#/properties/telemetry/properties/minimum_group_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema54.properties.telemetry.properties.minimum_group_size, data: data45 };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
          }
        }
      } else {
        const err93 = { instancePath: instancePath + "/telemetry", schemaPath: "#/properties/telemetry/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.telemetry.type, parentSchema: schema54.properties.telemetry, data: data41 };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      }
    }
    if (data.data_subject_requests !== void 0) {
      let data46 = data.data_subject_requests;
      if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
        for (const key7 in data46) {
          if (!(key7 === "procedure" || key7 === "response_days" || key7 === "route_to_controller")) {
            const err94 = { instancePath: instancePath + "/data_subject_requests", schemaPath: "#/properties/data_subject_requests/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.data_subject_requests, data: data46 };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
        if (data46.procedure !== void 0) {
          let data47 = data46.procedure;
          if (typeof data47 === "string") {
            if (func1(data47) > 2e3) {
              const err95 = { instancePath: instancePath + "/data_subject_requests/procedure", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data47 };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
            if (func1(data47) < 1) {
              const err96 = { instancePath: instancePath + "/data_subject_requests/procedure", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data47 };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
          } else {
            const err97 = { instancePath: instancePath + "/data_subject_requests/procedure", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data47 };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
        if (data46.response_days !== void 0) {
          let data48 = data46.response_days;
          if (!(typeof data48 == "number" && (!(data48 % 1) && !isNaN(data48)) && isFinite(data48))) {
            const err98 = { instancePath: instancePath + "/data_subject_requests/response_days", schemaPath: "#/properties/data_subject_requests/properties/response_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.data_subject_requests.properties.response_days.type, parentSchema: schema54.properties.data_subject_requests.properties.response_days, data: data48 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
          if (typeof data48 == "number" && isFinite(data48)) {
            if (data48 > 365 || isNaN(data48)) {
              const err99 = { instancePath: instancePath + "/data_subject_requests/response_days", schemaPath: "#/properties/data_subject_requests/properties/response_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 365 }, message: "must be <= 365", schema: 365, parentSchema: schema54.properties.data_subject_requests.properties.response_days, data: data48 };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
            if (data48 < 1 || isNaN(data48)) {
              const err100 = { instancePath: instancePath + "/data_subject_requests/response_days", schemaPath: "#/properties/data_subject_requests/properties/response_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema54.properties.data_subject_requests.properties.response_days, data: data48 };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
          }
        }
        if (data46.route_to_controller !== void 0) {
          let data49 = data46.route_to_controller;
          if (typeof data49 !== "boolean") {
            const err101 = { instancePath: instancePath + "/data_subject_requests/route_to_controller", schemaPath: "#/properties/data_subject_requests/properties/route_to_controller/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema54.properties.data_subject_requests.properties.route_to_controller.type, parentSchema: schema54.properties.data_subject_requests.properties.route_to_controller, data: data49 };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
      } else {
        const err102 = { instancePath: instancePath + "/data_subject_requests", schemaPath: "#/properties/data_subject_requests/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.data_subject_requests.type, parentSchema: schema54.properties.data_subject_requests, data: data46 };
        if (vErrors === null) {
          vErrors = [err102];
        } else {
          vErrors.push(err102);
        }
        errors++;
      }
    }
    for (const key8 in data) {
      if (key8 !== "kind" && key8 !== "role" && key8 !== "since" && key8 !== "purposes" && key8 !== "data_subjects" && key8 !== "data_categories" && key8 !== "legal_basis" && key8 !== "dpa_clause" && key8 !== "customer_segments" && key8 !== "processing_operations" && key8 !== "recipients" && key8 !== "products" && key8 !== "storage_locations" && key8 !== "subprocessors" && key8 !== "security_measures" && key8 !== "access" && key8 !== "large_scale" && key8 !== "risk_criteria" && key8 !== "dpia" && key8 !== "telemetry" && key8 !== "data_subject_requests" && key8 !== "apiVersion" && key8 !== "id" && key8 !== "name" && key8 !== "description" && key8 !== "status" && key8 !== "retired_on" && key8 !== "retired_reason" && key8 !== "notes") {
        const err103 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key8 }, message: "must NOT have unevaluated properties", schema: false, parentSchema: schema54, data };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
    }
  } else {
    const err104 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data };
    if (vErrors === null) {
      vErrors = [err104];
    } else {
      vErrors.push(err104);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var Subprocessor = validate45;
var schema84 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "subprocessor.schema.json", "title": "Subprocessor", "description": "A supplier that processes personal data on the organisation's behalf (GDPR Art. 28(2) and (4)).", "type": "object", "allOf": [{ "$ref": "common.schema.json#/$defs/envelope" }], "properties": { "kind": { "const": "Subprocessor" }, "legal_name": { "$ref": "common.schema.json#/$defs/text" }, "country": { "$ref": "common.schema.json#/$defs/country", "description": "Where the company receiving the data is established. An importer established outside the EEA (or the UK, for UK data) receives a transfer wherever its servers are (EDPB Guidelines 05/2021)." }, "services": { "$ref": "common.schema.json#/$defs/texts" }, "processing_locations": { "type": "array", "$ref": "common.schema.json#/$defs/refs", "description": "StorageLocation ids where it processes data.", "minItems": 1 }, "data_categories": { "$ref": "common.schema.json#/$defs/refs", "description": "Data categories (taxonomy ids) it can reach." }, "dpa": { "type": "object", "additionalProperties": false, "properties": { "reference": { "$ref": "common.schema.json#/$defs/text" }, "signed_on": { "$ref": "common.schema.json#/$defs/date" } }, "required": ["reference", "signed_on"], "description": "The data processing agreement with it (Art. 28(4))." }, "transfer_mechanisms": { "type": "array", "items": { "type": "object", "additionalProperties": false, "properties": { "location": { "$ref": "common.schema.json#/$defs/ref", "description": "The StorageLocation id the mechanism covers." }, "mechanism": { "enum": ["scc-2021-914-module-1", "scc-2021-914-module-2", "scc-2021-914-module-3", "scc-2021-914-module-4", "uk-idta", "uk-addendum", "bcr-eu", "bcr-uk", "bcr", "art49"], "description": "scc-2021-914-module-2 (controller to processor) or -module-3 (processor to subprocessor); uk-idta; uk-addendum (only beside the EU SCCs); bcr-eu or bcr-uk (approved for that regime); art49 (a derogation, named in `derogation`, for occasional transfers). Modules 1 and 4 and a plain `bcr` load but fit no transfer to a subprocessor." }, "signed_on": { "$ref": "common.schema.json#/$defs/date" }, "country": { "$ref": "common.schema.json#/$defs/country", "description": "The country the mechanism covers (for an establishment or access location), instead of `location`." }, "derogation": { "enum": ["49(1)(a)", "49(1)(b)", "49(1)(c)", "49(1)(d)", "49(1)(e)", "49(1)(f)", "49(1)(g)", "49(1) second subparagraph"], "description": "The Art. 49 derogation relied on." }, "occasional": { "type": "boolean", "description": "The transfer is occasional and not repetitive (EDPB Guidelines 2/2018), as an Art. 49 derogation needs." }, "tia": { "type": "object", "additionalProperties": false, "required": ["assessed_on", "outcome"], "description": "The transfer impact assessment behind the mechanism (Schrems II; SCC clause 14; UK data protection test).", "properties": { "assessed_on": { "$ref": "common.schema.json#/$defs/date" }, "outcome": { "enum": ["no-impediment", "supplementary-measures", "insufficient"] }, "reference": { "$ref": "common.schema.json#/$defs/text" } } } }, "required": ["mechanism"], "oneOf": [{ "required": ["location"] }, { "required": ["country"] }] }, "description": "Transfer tools, each for a processing location or a country (Art. 46, 49; UK GDPR Art. 46, 49)." }, "dpf": { "type": "object", "additionalProperties": false, "properties": { "certified": { "type": "boolean" }, "uk_extension": { "type": "boolean" }, "verified_on": { "$ref": "common.schema.json#/$defs/date" } }, "required": ["certified", "verified_on"], "description": "EU-US Data Privacy Framework certification, as verified on the DPF list (re-verify at least every 12 months)." }, "privacy_assessment": { "type": "object", "additionalProperties": false, "properties": { "assessed_on": { "$ref": "common.schema.json#/$defs/date" }, "reference": { "$ref": "common.schema.json#/$defs/text" }, "outcome": { "enum": ["approved", "approved-with-conditions", "rejected"] } }, "required": ["assessed_on", "outcome"], "description": "The supplier privacy assessment behind 'we choose privacy-friendly suppliers'." }, "effective_from": { "$ref": "common.schema.json#/$defs/date" }, "customer_notices": { "type": "array", "description": "Notices to customer segments about this subprocessor or a new location of it (Art. 28(2)).", "items": { "type": "object", "additionalProperties": false, "required": ["segment", "notified_on"], "properties": { "segment": { "$ref": "common.schema.json#/$defs/ref", "description": "The CustomerSegment id notified." }, "notified_on": { "$ref": "common.schema.json#/$defs/date", "description": "When the notice was sent." }, "effective_from": { "$ref": "common.schema.json#/$defs/date", "description": "When the announced change takes effect (for a new location)." }, "locations": { "$ref": "common.schema.json#/$defs/refs", "description": "StorageLocation ids the notice announces, for a new location." }, "reference": { "$ref": "common.schema.json#/$defs/text" } } } }, "access_locations": { "type": "array", "description": "Countries from which the subprocessor's staff or its own subprocessors access the data (remote support, operations): each is a place the data goes.", "items": { "type": "object", "additionalProperties": false, "required": ["country"], "properties": { "country": { "$ref": "common.schema.json#/$defs/country" }, "purpose": { "$ref": "common.schema.json#/$defs/text", "description": "What the access is for, e.g. 24/7 support." }, "entity": { "$ref": "common.schema.json#/$defs/text", "description": "Who accesses the data there, if another company." } } } }, "adequacy_scope": { "type": "array", "uniqueItems": true, "description": "Conditions of a partial adequacy decision the recipient meets, as its contract or public record shows: ca-pipeda (subject to Canada's PIPEDA), jp-appi (a business operator under Japan's APPI), kr-pipa (subject to Korea's PIPA, outside its exclusions), il-automated (an automated transfer to Israel).", "items": { "enum": ["ca-pipeda", "jp-appi", "kr-pipa", "il-automated"] } } }, "unevaluatedProperties": false, "required": ["legal_name", "country", "processing_locations"] };
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate46.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs3 = errors;
  let valid2 = true;
  const _errs4 = errors;
  if (errors === _errs4) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.status === void 0 && (missing0 = "status")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.status !== void 0) {
          if ("retired" !== data.status) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  errors = _errs3;
  if (vErrors !== null) {
    if (_errs3) {
      vErrors.length = _errs3;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.retired_on === void 0) {
        const err3 = { instancePath, schemaPath: "#/$defs/retirement/then/required", keyword: "required", params: { missingProperty: "retired_on" }, message: "must have required property 'retired_on'", schema: schema34.then.required, parentSchema: schema34.then, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.retired_reason === void 0) {
        const err4 = { instancePath, schemaPath: "#/$defs/retirement/then/required", keyword: "required", params: { missingProperty: "retired_reason" }, message: "must have required property 'retired_reason'", schema: schema34.then.required, parentSchema: schema34.then, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    } else {
      const err5 = { instancePath, schemaPath: "#/$defs/retirement/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.then.type, parentSchema: schema34.then, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    var _valid0 = _errs7 === errors;
    valid2 = _valid0;
  }
  if (!valid2) {
    const err6 = { instancePath, schemaPath: "#/$defs/retirement/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema34.if, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.apiVersion !== void 0) {
      let data1 = data.apiVersion;
      if ("ropa/v1" !== data1) {
        const err11 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "ropa/v1" }, message: "must be equal to constant", schema: "ropa/v1", parentSchema: schema35, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if (typeof data2 !== "string") {
        const err12 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.kind.type, parentSchema: schema33.properties.kind, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data3 = data.id;
      if (typeof data3 === "string") {
        if (!pattern4.test(data3)) {
          const err13 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema36, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data4 = data.name;
      if (typeof data4 === "string") {
        if (func1(data4) > 2e3) {
          const err15 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func1(data4) < 1) {
          const err16 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data5 = data.description;
      if (typeof data5 === "string") {
        if (func1(data5) > 2e3) {
          const err18 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func1(data5) < 1) {
          const err19 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data6 = data.status;
      if (!(data6 === "active" || data6 === "retired")) {
        const err21 = { instancePath: instancePath + "/status", schemaPath: "#/$defs/status/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.retired_on !== void 0) {
      let data7 = data.retired_on;
      if (typeof data7 === "string") {
        if (!formats0.validate(data7)) {
          const err22 = { instancePath: instancePath + "/retired_on", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data7 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/retired_on", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.retired_reason !== void 0) {
      let data8 = data.retired_reason;
      if (typeof data8 === "string") {
        if (func1(data8) > 2e3) {
          const err24 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data8 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (func1(data8) < 1) {
          const err25 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data8 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data8 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data9 = data.notes;
      if (typeof data9 === "string") {
        if (func1(data9) > 2e3) {
          const err27 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data9 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (func1(data9) < 1) {
          const err28 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data9 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data9 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { "props": { "apiVersion": true, "kind": true, "id": true, "name": true, "description": true, "status": true, "retired_on": true, "retired_reason": true, "notes": true }, "dynamicProps": false, "dynamicItems": false };
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate48.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (func1(data0) > 2e3) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0:
        for (; i1--; ) {
          for (j0 = i1; j0--; ) {
            if (func0(data[i1], data[j0])) {
              const err3 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema66, data };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
              break outer0;
            }
          }
        }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.type, parentSchema: schema66, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
validate48.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate50.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/ref/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema50, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0:
        for (; i1--; ) {
          for (j0 = i1; j0--; ) {
            if (func0(data[i1], data[j0])) {
              const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema49, data };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
              break outer0;
            }
          }
        }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
validate50.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate46(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.legal_name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "legal_name" }, message: "must have required property 'legal_name'", schema: schema84.required, parentSchema: schema84, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.country === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "country" }, message: "must have required property 'country'", schema: schema84.required, parentSchema: schema84, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.processing_locations === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "processing_locations" }, message: "must have required property 'processing_locations'", schema: schema84.required, parentSchema: schema84, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if ("Subprocessor" !== data0) {
        const err3 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Subprocessor" }, message: "must be equal to constant", schema: "Subprocessor", parentSchema: schema84.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.legal_name !== void 0) {
      let data1 = data.legal_name;
      if (typeof data1 === "string") {
        if (func1(data1) > 2e3) {
          const err4 = { instancePath: instancePath + "/legal_name", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err5 = { instancePath: instancePath + "/legal_name", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/legal_name", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.country !== void 0) {
      let data2 = data.country;
      if (typeof data2 === "string") {
        if (!pattern5.test(data2)) {
          const err7 = { instancePath: instancePath + "/country", schemaPath: "common.schema.json#/$defs/country/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"', schema: "^[A-Z]{2}$", parentSchema: schema44, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/country", schemaPath: "common.schema.json#/$defs/country/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      if (!validate48(data.services, { instancePath: instancePath + "/services", parentData: data, parentDataProperty: "services", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
        errors = vErrors.length;
      }
    }
    if (data.processing_locations !== void 0) {
      let data4 = data.processing_locations;
      if (!validate50(data4, { instancePath: instancePath + "/processing_locations", parentData: data, parentDataProperty: "processing_locations", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err9 = { instancePath: instancePath + "/processing_locations", schemaPath: "#/properties/processing_locations/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema84.properties.processing_locations, data: data4 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/processing_locations", schemaPath: "#/properties/processing_locations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema84.properties.processing_locations.type, parentSchema: schema84.properties.processing_locations, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.data_categories !== void 0) {
      if (!validate50(data.data_categories, { instancePath: instancePath + "/data_categories", parentData: data, parentDataProperty: "data_categories", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.dpa !== void 0) {
      let data6 = data.dpa;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.reference === void 0) {
          const err11 = { instancePath: instancePath + "/dpa", schemaPath: "#/properties/dpa/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'", schema: schema84.properties.dpa.required, parentSchema: schema84.properties.dpa, data: data6 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data6.signed_on === void 0) {
          const err12 = { instancePath: instancePath + "/dpa", schemaPath: "#/properties/dpa/required", keyword: "required", params: { missingProperty: "signed_on" }, message: "must have required property 'signed_on'", schema: schema84.properties.dpa.required, parentSchema: schema84.properties.dpa, data: data6 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key0 in data6) {
          if (!(key0 === "reference" || key0 === "signed_on")) {
            const err13 = { instancePath: instancePath + "/dpa", schemaPath: "#/properties/dpa/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema84.properties.dpa, data: data6 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data6.reference !== void 0) {
          let data7 = data6.reference;
          if (typeof data7 === "string") {
            if (func1(data7) > 2e3) {
              const err14 = { instancePath: instancePath + "/dpa/reference", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data7 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (func1(data7) < 1) {
              const err15 = { instancePath: instancePath + "/dpa/reference", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data7 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/dpa/reference", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data7 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data6.signed_on !== void 0) {
          let data8 = data6.signed_on;
          if (typeof data8 === "string") {
            if (!formats0.validate(data8)) {
              const err17 = { instancePath: instancePath + "/dpa/signed_on", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data8 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/dpa/signed_on", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data8 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/dpa", schemaPath: "#/properties/dpa/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema84.properties.dpa.type, parentSchema: schema84.properties.dpa, data: data6 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.transfer_mechanisms !== void 0) {
      let data9 = data.transfer_mechanisms;
      if (Array.isArray(data9)) {
        const len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data10 = data9[i0];
          const _errs26 = errors;
          let valid9 = false;
          let passing0 = null;
          const _errs27 = errors;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.location === void 0) {
              const err20 = { instancePath: instancePath + "/transfer_mechanisms/" + i0, schemaPath: "#/properties/transfer_mechanisms/items/oneOf/0/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'", schema: schema84.properties.transfer_mechanisms.items.oneOf[0].required, parentSchema: schema84.properties.transfer_mechanisms.items.oneOf[0], data: data10 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          var _valid0 = _errs27 === errors;
          if (_valid0) {
            valid9 = true;
            passing0 = 0;
          }
          const _errs28 = errors;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.country === void 0) {
              const err21 = { instancePath: instancePath + "/transfer_mechanisms/" + i0, schemaPath: "#/properties/transfer_mechanisms/items/oneOf/1/required", keyword: "required", params: { missingProperty: "country" }, message: "must have required property 'country'", schema: schema84.properties.transfer_mechanisms.items.oneOf[1].required, parentSchema: schema84.properties.transfer_mechanisms.items.oneOf[1], data: data10 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
          var _valid0 = _errs28 === errors;
          if (_valid0 && valid9) {
            valid9 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid9 = true;
              passing0 = 1;
            }
          }
          if (!valid9) {
            const err22 = { instancePath: instancePath + "/transfer_mechanisms/" + i0, schemaPath: "#/properties/transfer_mechanisms/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema84.properties.transfer_mechanisms.items.oneOf, parentSchema: schema84.properties.transfer_mechanisms.items, data: data10 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          } else {
            errors = _errs26;
            if (vErrors !== null) {
              if (_errs26) {
                vErrors.length = _errs26;
              } else {
                vErrors = null;
              }
            }
          }
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.mechanism === void 0) {
              const err23 = { instancePath: instancePath + "/transfer_mechanisms/" + i0, schemaPath: "#/properties/transfer_mechanisms/items/required", keyword: "required", params: { missingProperty: "mechanism" }, message: "must have required property 'mechanism'", schema: schema84.properties.transfer_mechanisms.items.required, parentSchema: schema84.properties.transfer_mechanisms.items, data: data10 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            for (const key1 in data10) {
              if (!(key1 === "location" || key1 === "mechanism" || key1 === "signed_on" || key1 === "country" || key1 === "derogation" || key1 === "occasional" || key1 === "tia")) {
                const err24 = { instancePath: instancePath + "/transfer_mechanisms/" + i0, schemaPath: "#/properties/transfer_mechanisms/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema84.properties.transfer_mechanisms.items, data: data10 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data10.location !== void 0) {
              let data11 = data10.location;
              if (typeof data11 === "string") {
                if (!pattern4.test(data11)) {
                  const err25 = { instancePath: instancePath + "/transfer_mechanisms/" + i0 + "/location", schemaPath: "common.schema.json#/$defs/ref/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema50, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/transfer_mechanisms/" + i0 + "/location", schemaPath: "common.schema.json#/$defs/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data11 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data10.mechanism !== void 0) {
              let data12 = data10.mechanism;
              if (!(data12 === "scc-2021-914-module-1" || data12 === "scc-2021-914-module-2" || data12 === "scc-2021-914-module-3" || data12 === "scc-2021-914-module-4" || data12 === "uk-idta" || data12 === "uk-addendum" || data12 === "bcr-eu" || data12 === "bcr-uk" || data12 === "bcr" || data12 === "art49")) {
                const err27 = { instancePath: instancePath + "/transfer_mechanisms/" + i0 + "/mechanism", schemaPath: "#/properties/transfer_mechanisms/items/properties/mechanism/enum", keyword: "enum", params: { allowedValues: schema84.properties.transfer_mechanisms.items.properties.mechanism.enum }, message: "must be equal to one of the allowed values", schema: schema84.properties.transfer_mechanisms.items.properties.mechanism.enum, parentSchema: schema84.properties.transfer_mechanisms.items.properties.mechanism, data: data12 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data10.signed_on !== void 0) {
              let data13 = data10.signed_on;
              if (typeof data13 === "string") {
                if (!formats0.validate(data13)) {
                  const err28 = { instancePath: instancePath + "/transfer_mechanisms/" + i0 + "/signed_on", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/transfer_mechanisms/" + i0 + "/signed_on", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data13 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data10.country !== void 0) {
              let data14 = data10.country;
              if (typeof data14 === "string") {
                if (!pattern5.test(data14)) {
                  const err30 = { instancePath: instancePath + "/transfer_mechanisms/" + i0 + "/country", schemaPath: "common.schema.json#/$defs/country/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"', schema: "^[A-Z]{2}$", parentSchema: schema44, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              } else {
                const err31 = { instancePath: instancePath + "/transfer_mechanisms/" + i0 + "/country", schemaPath: "common.schema.json#/$defs/country/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data14 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data10.derogation !== void 0) {
              let data15 = data10.derogation;
              if (!(data15 === "49(1)(a)" || data15 === "49(1)(b)" || data15 === "49(1)(c)" || data15 === "49(1)(d)" || data15 === "49(1)(e)" || data15 === "49(1)(f)" || data15 === "49(1)(g)" || data15 === "49(1) second subparagraph")) {
                const err32 = { instancePath: instancePath + "/transfer_mechanisms/" + i0 + "/derogation", schemaPath: "#/properties/transfer_mechanisms/items/properties/derogation/enum", keyword: "enum", params: { allowedValues: schema84.properties.transfer_mechanisms.items.properties.derogation.enum }, message: "must be equal to one of the allowed values", schema: schema84.properties.transfer_mechanisms.items.properties.derogation.enum, parentSchema: schema84.properties.transfer_mechanisms.items.properties.derogation, data: data15 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data10.occasional !== void 0) {
              let data16 = data10.occasional;
              if (typeof data16 !== "boolean") {
                const err33 = { instancePath: instancePath + "/transfer_mechanisms/" + i0 + "/occasional", schemaPath: "#/properties/transfer_mechanisms/items/properties/occasional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema84.properties.transfer_mechanisms.items.properties.occasional.type, parentSchema: schema84.properties.transfer_mechanisms.items.properties.occasional, data: data16 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data10.tia !== void 0) {
              let data17 = data10.tia;
              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                if (data17.assessed_on === void 0) {
                  const err34 = { instancePath: instancePath + "/transfer_mechanisms/" + i0 + "/tia", schemaPath: "#/properties/transfer_mechanisms/items/properties/tia/required", keyword: "required", params: { missingProperty: "assessed_on" }, message: "must have required property 'assessed_on'", schema: schema84.properties.transfer_mechanisms.items.properties.tia.required, parentSchema: schema84.properties.transfer_mechanisms.items.properties.tia, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                if (data17.outcome === void 0) {
                  const err35 = { instancePath: instancePath + "/transfer_mechanisms/" + i0 + "/tia", schemaPath: "#/properties/transfer_mechanisms/items/properties/tia/required", keyword: "required", params: { missingProperty: "outcome" }, message: "must have required property 'outcome'", schema: schema84.properties.transfer_mechanisms.items.properties.tia.required, parentSchema: schema84.properties.transfer_mechanisms.items.properties.tia, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                for (const key2 in data17) {
                  if (!(key2 === "assessed_on" || key2 === "outcome" || key2 === "reference")) {
                    const err36 = { instancePath: instancePath + "/transfer_mechanisms/" + i0 + "/tia", schemaPath: "#/properties/transfer_mechanisms/items/properties/tia/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema84.properties.transfer_mechanisms.items.properties.tia, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data17.assessed_on !== void 0) {
                  let data18 = data17.assessed_on;
                  if (typeof data18 === "string") {
                    if (!formats0.validate(data18)) {
                      const err37 = { instancePath: instancePath + "/transfer_mechanisms/" + i0 + "/tia/assessed_on", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                  } else {
                    const err38 = { instancePath: instancePath + "/transfer_mechanisms/" + i0 + "/tia/assessed_on", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
                if (data17.outcome !== void 0) {
                  let data19 = data17.outcome;
                  if (!(data19 === "no-impediment" || data19 === "supplementary-measures" || data19 === "insufficient")) {
                    const err39 = { instancePath: instancePath + "/transfer_mechanisms/" + i0 + "/tia/outcome", schemaPath: "#/properties/transfer_mechanisms/items/properties/tia/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema84.properties.transfer_mechanisms.items.properties.tia.properties.outcome.enum }, message: "must be equal to one of the allowed values", schema: schema84.properties.transfer_mechanisms.items.properties.tia.properties.outcome.enum, parentSchema: schema84.properties.transfer_mechanisms.items.properties.tia.properties.outcome, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data17.reference !== void 0) {
                  let data20 = data17.reference;
                  if (typeof data20 === "string") {
                    if (func1(data20) > 2e3) {
                      const err40 = { instancePath: instancePath + "/transfer_mechanisms/" + i0 + "/tia/reference", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                    if (func1(data20) < 1) {
                      const err41 = { instancePath: instancePath + "/transfer_mechanisms/" + i0 + "/tia/reference", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  } else {
                    const err42 = { instancePath: instancePath + "/transfer_mechanisms/" + i0 + "/tia/reference", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
              } else {
                const err43 = { instancePath: instancePath + "/transfer_mechanisms/" + i0 + "/tia", schemaPath: "#/properties/transfer_mechanisms/items/properties/tia/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema84.properties.transfer_mechanisms.items.properties.tia.type, parentSchema: schema84.properties.transfer_mechanisms.items.properties.tia, data: data17 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/transfer_mechanisms/" + i0, schemaPath: "#/properties/transfer_mechanisms/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema84.properties.transfer_mechanisms.items.type, parentSchema: schema84.properties.transfer_mechanisms.items, data: data10 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/transfer_mechanisms", schemaPath: "#/properties/transfer_mechanisms/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema84.properties.transfer_mechanisms.type, parentSchema: schema84.properties.transfer_mechanisms, data: data9 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.dpf !== void 0) {
      let data21 = data.dpf;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.certified === void 0) {
          const err46 = { instancePath: instancePath + "/dpf", schemaPath: "#/properties/dpf/required", keyword: "required", params: { missingProperty: "certified" }, message: "must have required property 'certified'", schema: schema84.properties.dpf.required, parentSchema: schema84.properties.dpf, data: data21 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (data21.verified_on === void 0) {
          const err47 = { instancePath: instancePath + "/dpf", schemaPath: "#/properties/dpf/required", keyword: "required", params: { missingProperty: "verified_on" }, message: "must have required property 'verified_on'", schema: schema84.properties.dpf.required, parentSchema: schema84.properties.dpf, data: data21 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        for (const key3 in data21) {
          if (!(key3 === "certified" || key3 === "uk_extension" || key3 === "verified_on")) {
            const err48 = { instancePath: instancePath + "/dpf", schemaPath: "#/properties/dpf/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema84.properties.dpf, data: data21 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data21.certified !== void 0) {
          let data22 = data21.certified;
          if (typeof data22 !== "boolean") {
            const err49 = { instancePath: instancePath + "/dpf/certified", schemaPath: "#/properties/dpf/properties/certified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema84.properties.dpf.properties.certified.type, parentSchema: schema84.properties.dpf.properties.certified, data: data22 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data21.uk_extension !== void 0) {
          let data23 = data21.uk_extension;
          if (typeof data23 !== "boolean") {
            const err50 = { instancePath: instancePath + "/dpf/uk_extension", schemaPath: "#/properties/dpf/properties/uk_extension/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema84.properties.dpf.properties.uk_extension.type, parentSchema: schema84.properties.dpf.properties.uk_extension, data: data23 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data21.verified_on !== void 0) {
          let data24 = data21.verified_on;
          if (typeof data24 === "string") {
            if (!formats0.validate(data24)) {
              const err51 = { instancePath: instancePath + "/dpf/verified_on", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data24 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = { instancePath: instancePath + "/dpf/verified_on", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data24 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/dpf", schemaPath: "#/properties/dpf/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema84.properties.dpf.type, parentSchema: schema84.properties.dpf, data: data21 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.privacy_assessment !== void 0) {
      let data25 = data.privacy_assessment;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        if (data25.assessed_on === void 0) {
          const err54 = { instancePath: instancePath + "/privacy_assessment", schemaPath: "#/properties/privacy_assessment/required", keyword: "required", params: { missingProperty: "assessed_on" }, message: "must have required property 'assessed_on'", schema: schema84.properties.privacy_assessment.required, parentSchema: schema84.properties.privacy_assessment, data: data25 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        if (data25.outcome === void 0) {
          const err55 = { instancePath: instancePath + "/privacy_assessment", schemaPath: "#/properties/privacy_assessment/required", keyword: "required", params: { missingProperty: "outcome" }, message: "must have required property 'outcome'", schema: schema84.properties.privacy_assessment.required, parentSchema: schema84.properties.privacy_assessment, data: data25 };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        for (const key4 in data25) {
          if (!(key4 === "assessed_on" || key4 === "reference" || key4 === "outcome")) {
            const err56 = { instancePath: instancePath + "/privacy_assessment", schemaPath: "#/properties/privacy_assessment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema84.properties.privacy_assessment, data: data25 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data25.assessed_on !== void 0) {
          let data26 = data25.assessed_on;
          if (typeof data26 === "string") {
            if (!formats0.validate(data26)) {
              const err57 = { instancePath: instancePath + "/privacy_assessment/assessed_on", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data26 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/privacy_assessment/assessed_on", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data26 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data25.reference !== void 0) {
          let data27 = data25.reference;
          if (typeof data27 === "string") {
            if (func1(data27) > 2e3) {
              const err59 = { instancePath: instancePath + "/privacy_assessment/reference", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data27 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (func1(data27) < 1) {
              const err60 = { instancePath: instancePath + "/privacy_assessment/reference", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data27 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          } else {
            const err61 = { instancePath: instancePath + "/privacy_assessment/reference", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data27 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data25.outcome !== void 0) {
          let data28 = data25.outcome;
          if (!(data28 === "approved" || data28 === "approved-with-conditions" || data28 === "rejected")) {
            const err62 = { instancePath: instancePath + "/privacy_assessment/outcome", schemaPath: "#/properties/privacy_assessment/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema84.properties.privacy_assessment.properties.outcome.enum }, message: "must be equal to one of the allowed values", schema: schema84.properties.privacy_assessment.properties.outcome.enum, parentSchema: schema84.properties.privacy_assessment.properties.outcome, data: data28 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
      } else {
        const err63 = { instancePath: instancePath + "/privacy_assessment", schemaPath: "#/properties/privacy_assessment/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema84.properties.privacy_assessment.type, parentSchema: schema84.properties.privacy_assessment, data: data25 };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.effective_from !== void 0) {
      let data29 = data.effective_from;
      if (typeof data29 === "string") {
        if (!formats0.validate(data29)) {
          const err64 = { instancePath: instancePath + "/effective_from", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data29 };
          if (vErrors === null) {
            vErrors = [err64];
          } else {
            vErrors.push(err64);
          }
          errors++;
        }
      } else {
        const err65 = { instancePath: instancePath + "/effective_from", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data29 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.customer_notices !== void 0) {
      let data30 = data.customer_notices;
      if (Array.isArray(data30)) {
        const len1 = data30.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data31 = data30[i1];
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            if (data31.segment === void 0) {
              const err66 = { instancePath: instancePath + "/customer_notices/" + i1, schemaPath: "#/properties/customer_notices/items/required", keyword: "required", params: { missingProperty: "segment" }, message: "must have required property 'segment'", schema: schema84.properties.customer_notices.items.required, parentSchema: schema84.properties.customer_notices.items, data: data31 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
            if (data31.notified_on === void 0) {
              const err67 = { instancePath: instancePath + "/customer_notices/" + i1, schemaPath: "#/properties/customer_notices/items/required", keyword: "required", params: { missingProperty: "notified_on" }, message: "must have required property 'notified_on'", schema: schema84.properties.customer_notices.items.required, parentSchema: schema84.properties.customer_notices.items, data: data31 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            for (const key5 in data31) {
              if (!(key5 === "segment" || key5 === "notified_on" || key5 === "effective_from" || key5 === "locations" || key5 === "reference")) {
                const err68 = { instancePath: instancePath + "/customer_notices/" + i1, schemaPath: "#/properties/customer_notices/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema84.properties.customer_notices.items, data: data31 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data31.segment !== void 0) {
              let data32 = data31.segment;
              if (typeof data32 === "string") {
                if (!pattern4.test(data32)) {
                  const err69 = { instancePath: instancePath + "/customer_notices/" + i1 + "/segment", schemaPath: "common.schema.json#/$defs/ref/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema50, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              } else {
                const err70 = { instancePath: instancePath + "/customer_notices/" + i1 + "/segment", schemaPath: "common.schema.json#/$defs/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data32 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data31.notified_on !== void 0) {
              let data33 = data31.notified_on;
              if (typeof data33 === "string") {
                if (!formats0.validate(data33)) {
                  const err71 = { instancePath: instancePath + "/customer_notices/" + i1 + "/notified_on", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
              } else {
                const err72 = { instancePath: instancePath + "/customer_notices/" + i1 + "/notified_on", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data33 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data31.effective_from !== void 0) {
              let data34 = data31.effective_from;
              if (typeof data34 === "string") {
                if (!formats0.validate(data34)) {
                  const err73 = { instancePath: instancePath + "/customer_notices/" + i1 + "/effective_from", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              } else {
                const err74 = { instancePath: instancePath + "/customer_notices/" + i1 + "/effective_from", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data34 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data31.locations !== void 0) {
              if (!validate50(data31.locations, { instancePath: instancePath + "/customer_notices/" + i1 + "/locations", parentData: data31, parentDataProperty: "locations", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
                errors = vErrors.length;
              }
            }
            if (data31.reference !== void 0) {
              let data36 = data31.reference;
              if (typeof data36 === "string") {
                if (func1(data36) > 2e3) {
                  const err75 = { instancePath: instancePath + "/customer_notices/" + i1 + "/reference", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
                if (func1(data36) < 1) {
                  const err76 = { instancePath: instancePath + "/customer_notices/" + i1 + "/reference", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
              } else {
                const err77 = { instancePath: instancePath + "/customer_notices/" + i1 + "/reference", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data36 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
          } else {
            const err78 = { instancePath: instancePath + "/customer_notices/" + i1, schemaPath: "#/properties/customer_notices/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema84.properties.customer_notices.items.type, parentSchema: schema84.properties.customer_notices.items, data: data31 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
      } else {
        const err79 = { instancePath: instancePath + "/customer_notices", schemaPath: "#/properties/customer_notices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema84.properties.customer_notices.type, parentSchema: schema84.properties.customer_notices, data: data30 };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
    if (data.access_locations !== void 0) {
      let data37 = data.access_locations;
      if (Array.isArray(data37)) {
        const len2 = data37.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data38 = data37[i2];
          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
            if (data38.country === void 0) {
              const err80 = { instancePath: instancePath + "/access_locations/" + i2, schemaPath: "#/properties/access_locations/items/required", keyword: "required", params: { missingProperty: "country" }, message: "must have required property 'country'", schema: schema84.properties.access_locations.items.required, parentSchema: schema84.properties.access_locations.items, data: data38 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            for (const key6 in data38) {
              if (!(key6 === "country" || key6 === "purpose" || key6 === "entity")) {
                const err81 = { instancePath: instancePath + "/access_locations/" + i2, schemaPath: "#/properties/access_locations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema84.properties.access_locations.items, data: data38 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data38.country !== void 0) {
              let data39 = data38.country;
              if (typeof data39 === "string") {
                if (!pattern5.test(data39)) {
                  const err82 = { instancePath: instancePath + "/access_locations/" + i2 + "/country", schemaPath: "common.schema.json#/$defs/country/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"', schema: "^[A-Z]{2}$", parentSchema: schema44, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              } else {
                const err83 = { instancePath: instancePath + "/access_locations/" + i2 + "/country", schemaPath: "common.schema.json#/$defs/country/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data39 };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data38.purpose !== void 0) {
              let data40 = data38.purpose;
              if (typeof data40 === "string") {
                if (func1(data40) > 2e3) {
                  const err84 = { instancePath: instancePath + "/access_locations/" + i2 + "/purpose", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
                if (func1(data40) < 1) {
                  const err85 = { instancePath: instancePath + "/access_locations/" + i2 + "/purpose", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
              } else {
                const err86 = { instancePath: instancePath + "/access_locations/" + i2 + "/purpose", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data40 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data38.entity !== void 0) {
              let data41 = data38.entity;
              if (typeof data41 === "string") {
                if (func1(data41) > 2e3) {
                  const err87 = { instancePath: instancePath + "/access_locations/" + i2 + "/entity", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
                if (func1(data41) < 1) {
                  const err88 = { instancePath: instancePath + "/access_locations/" + i2 + "/entity", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              } else {
                const err89 = { instancePath: instancePath + "/access_locations/" + i2 + "/entity", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data41 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
          } else {
            const err90 = { instancePath: instancePath + "/access_locations/" + i2, schemaPath: "#/properties/access_locations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema84.properties.access_locations.items.type, parentSchema: schema84.properties.access_locations.items, data: data38 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
      } else {
        const err91 = { instancePath: instancePath + "/access_locations", schemaPath: "#/properties/access_locations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema84.properties.access_locations.type, parentSchema: schema84.properties.access_locations, data: data37 };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
    }
    if (data.adequacy_scope !== void 0) {
      let data42 = data.adequacy_scope;
      if (Array.isArray(data42)) {
        const len3 = data42.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data43 = data42[i3];
          if (!(data43 === "ca-pipeda" || data43 === "jp-appi" || data43 === "kr-pipa" || data43 === "il-automated")) {
            const err92 = { instancePath: instancePath + "/adequacy_scope/" + i3, schemaPath: "#/properties/adequacy_scope/items/enum", keyword: "enum", params: { allowedValues: schema84.properties.adequacy_scope.items.enum }, message: "must be equal to one of the allowed values", schema: schema84.properties.adequacy_scope.items.enum, parentSchema: schema84.properties.adequacy_scope.items, data: data43 };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        let i4 = data42.length;
        let j0;
        if (i4 > 1) {
          outer0:
            for (; i4--; ) {
              for (j0 = i4; j0--; ) {
                if (func0(data42[i4], data42[j0])) {
                  const err93 = { instancePath: instancePath + "/adequacy_scope", schemaPath: "#/properties/adequacy_scope/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i4 + " are identical)", schema: true, parentSchema: schema84.properties.adequacy_scope, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err94 = { instancePath: instancePath + "/adequacy_scope", schemaPath: "#/properties/adequacy_scope/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema84.properties.adequacy_scope.type, parentSchema: schema84.properties.adequacy_scope, data: data42 };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
    for (const key7 in data) {
      if (key7 !== "kind" && key7 !== "legal_name" && key7 !== "country" && key7 !== "services" && key7 !== "processing_locations" && key7 !== "data_categories" && key7 !== "dpa" && key7 !== "transfer_mechanisms" && key7 !== "dpf" && key7 !== "privacy_assessment" && key7 !== "effective_from" && key7 !== "customer_notices" && key7 !== "access_locations" && key7 !== "adequacy_scope" && key7 !== "apiVersion" && key7 !== "id" && key7 !== "name" && key7 !== "description" && key7 !== "status" && key7 !== "retired_on" && key7 !== "retired_reason" && key7 !== "notes") {
        const err95 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key7 }, message: "must NOT have unevaluated properties", schema: false, parentSchema: schema84, data };
        if (vErrors === null) {
          vErrors = [err95];
        } else {
          vErrors.push(err95);
        }
        errors++;
      }
    }
  } else {
    const err96 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema84.type, parentSchema: schema84, data };
    if (vErrors === null) {
      vErrors = [err96];
    } else {
      vErrors.push(err96);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var StorageLocation = validate54;
var schema119 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "storage-location.schema.json", "title": "Storage location", "description": "A place where personal data is stored: a cloud region or a data centre. Whether it lies in the EEA, the UK or an adequate country is derived from reference data.", "type": "object", "allOf": [{ "$ref": "common.schema.json#/$defs/envelope" }], "properties": { "kind": { "const": "StorageLocation" }, "provider": { "type": "string", "pattern": "^[a-z0-9-]+$", "description": "aws, azure, gcp or another provider's short name." }, "region": { "type": "string", "pattern": "^[a-z0-9-]+$", "description": "The provider's region code, e.g. eu-north-1, swedencentral, europe-west2." }, "country": { "$ref": "common.schema.json#/$defs/country" }, "city": { "$ref": "common.schema.json#/$defs/text", "description": "The city the region is in (e.g. Dublin for AWS eu-west-1), or the provider's own place label for it." }, "place_source": { "$ref": "common.schema.json#/$defs/text", "description": "For a provider that is no cloud in the reference data (a private data centre, a SaaS vendor): where its country and city are stated (its contract, DPA annex or subprocessor page). Then `country` and `city` are taken as written; for a listed cloud the reference data's place counts." } }, "unevaluatedProperties": false, "required": ["provider", "region", "country", "city"] };
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs3 = errors;
  let valid2 = true;
  const _errs4 = errors;
  if (errors === _errs4) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.status === void 0 && (missing0 = "status")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.status !== void 0) {
          if ("retired" !== data.status) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  errors = _errs3;
  if (vErrors !== null) {
    if (_errs3) {
      vErrors.length = _errs3;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.retired_on === void 0) {
        const err3 = { instancePath, schemaPath: "#/$defs/retirement/then/required", keyword: "required", params: { missingProperty: "retired_on" }, message: "must have required property 'retired_on'", schema: schema34.then.required, parentSchema: schema34.then, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.retired_reason === void 0) {
        const err4 = { instancePath, schemaPath: "#/$defs/retirement/then/required", keyword: "required", params: { missingProperty: "retired_reason" }, message: "must have required property 'retired_reason'", schema: schema34.then.required, parentSchema: schema34.then, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    } else {
      const err5 = { instancePath, schemaPath: "#/$defs/retirement/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.then.type, parentSchema: schema34.then, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    var _valid0 = _errs7 === errors;
    valid2 = _valid0;
  }
  if (!valid2) {
    const err6 = { instancePath, schemaPath: "#/$defs/retirement/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema34.if, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.apiVersion !== void 0) {
      let data1 = data.apiVersion;
      if ("ropa/v1" !== data1) {
        const err11 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "ropa/v1" }, message: "must be equal to constant", schema: "ropa/v1", parentSchema: schema35, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if (typeof data2 !== "string") {
        const err12 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.kind.type, parentSchema: schema33.properties.kind, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data3 = data.id;
      if (typeof data3 === "string") {
        if (!pattern4.test(data3)) {
          const err13 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema36, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data4 = data.name;
      if (typeof data4 === "string") {
        if (func1(data4) > 2e3) {
          const err15 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func1(data4) < 1) {
          const err16 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data5 = data.description;
      if (typeof data5 === "string") {
        if (func1(data5) > 2e3) {
          const err18 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func1(data5) < 1) {
          const err19 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data6 = data.status;
      if (!(data6 === "active" || data6 === "retired")) {
        const err21 = { instancePath: instancePath + "/status", schemaPath: "#/$defs/status/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.retired_on !== void 0) {
      let data7 = data.retired_on;
      if (typeof data7 === "string") {
        if (!formats0.validate(data7)) {
          const err22 = { instancePath: instancePath + "/retired_on", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data7 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/retired_on", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.retired_reason !== void 0) {
      let data8 = data.retired_reason;
      if (typeof data8 === "string") {
        if (func1(data8) > 2e3) {
          const err24 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data8 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (func1(data8) < 1) {
          const err25 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data8 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data8 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data9 = data.notes;
      if (typeof data9 === "string") {
        if (func1(data9) > 2e3) {
          const err27 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data9 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (func1(data9) < 1) {
          const err28 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data9 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data9 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = { "props": { "apiVersion": true, "kind": true, "id": true, "name": true, "description": true, "status": true, "retired_on": true, "retired_reason": true, "notes": true }, "dynamicProps": false, "dynamicItems": false };
var pattern24 = new RegExp("^[a-z0-9-]+$", "u");
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate54.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate55(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema119.required, parentSchema: schema119, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.region === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'", schema: schema119.required, parentSchema: schema119, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.country === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "country" }, message: "must have required property 'country'", schema: schema119.required, parentSchema: schema119, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.city === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "city" }, message: "must have required property 'city'", schema: schema119.required, parentSchema: schema119, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if ("StorageLocation" !== data0) {
        const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "StorageLocation" }, message: "must be equal to constant", schema: "StorageLocation", parentSchema: schema119.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.provider !== void 0) {
      let data1 = data.provider;
      if (typeof data1 === "string") {
        if (!pattern24.test(data1)) {
          const err5 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+$" }, message: 'must match pattern "^[a-z0-9-]+$"', schema: "^[a-z0-9-]+$", parentSchema: schema119.properties.provider, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.provider.type, parentSchema: schema119.properties.provider, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.region !== void 0) {
      let data2 = data.region;
      if (typeof data2 === "string") {
        if (!pattern24.test(data2)) {
          const err7 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+$" }, message: 'must match pattern "^[a-z0-9-]+$"', schema: "^[a-z0-9-]+$", parentSchema: schema119.properties.region, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.region.type, parentSchema: schema119.properties.region, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.country !== void 0) {
      let data3 = data.country;
      if (typeof data3 === "string") {
        if (!pattern5.test(data3)) {
          const err9 = { instancePath: instancePath + "/country", schemaPath: "common.schema.json#/$defs/country/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"', schema: "^[A-Z]{2}$", parentSchema: schema44, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/country", schemaPath: "common.schema.json#/$defs/country/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.city !== void 0) {
      let data4 = data.city;
      if (typeof data4 === "string") {
        if (func1(data4) > 2e3) {
          const err11 = { instancePath: instancePath + "/city", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func1(data4) < 1) {
          const err12 = { instancePath: instancePath + "/city", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/city", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.place_source !== void 0) {
      let data5 = data.place_source;
      if (typeof data5 === "string") {
        if (func1(data5) > 2e3) {
          const err14 = { instancePath: instancePath + "/place_source", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (func1(data5) < 1) {
          const err15 = { instancePath: instancePath + "/place_source", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/place_source", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    for (const key0 in data) {
      if (key0 !== "kind" && key0 !== "provider" && key0 !== "region" && key0 !== "country" && key0 !== "city" && key0 !== "place_source" && key0 !== "apiVersion" && key0 !== "id" && key0 !== "name" && key0 !== "description" && key0 !== "status" && key0 !== "retired_on" && key0 !== "retired_reason" && key0 !== "notes") {
        const err17 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, message: "must NOT have unevaluated properties", schema: false, parentSchema: schema119, data };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema119.type, parentSchema: schema119, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var CustomerSegment = validate57;
var schema133 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "customer-segment.schema.json", "title": "Customer segment", "description": "A group of customers (controllers) served under the same data processing agreement template.", "type": "object", "allOf": [{ "$ref": "common.schema.json#/$defs/envelope" }], "properties": { "kind": { "const": "CustomerSegment" }, "controllers": { "$ref": "common.schema.json#/$defs/text", "description": "Who the controllers are, e.g. Norwegian municipalities." }, "jurisdiction": { "$ref": "common.schema.json#/$defs/country", "description": "The country whose law governs them." }, "dpa": { "type": "object", "additionalProperties": false, "properties": { "template_version": { "$ref": "common.schema.json#/$defs/text" }, "reference": { "$ref": "common.schema.json#/$defs/text" } }, "required": ["template_version"], "description": "The data processing agreement template they sign (Art. 28(3))." }, "storage_locations": { "type": "array", "$ref": "common.schema.json#/$defs/refs", "minItems": 1, "description": "The StorageLocation ids promised to these customers: their data is stored at one or more of them." }, "storage_location": { "$ref": "common.schema.json#/$defs/ref", "description": "Registers written before `storage_locations`: one promised StorageLocation, the same as `storage_locations: [id]` (`ropa migrate` rewrites it). Give one of the two, not both." }, "notice_period_days": { "type": "integer", "minimum": 0, "maximum": 365, "description": "Days of notice before a new subprocessor. Default 30." }, "relocation": { "type": "object", "additionalProperties": false, "description": "The notice and DPIA review behind a move of these customers' data to another storage location; `to` names the location moved to, so that an old relocation cannot stand for a later move.", "properties": { "to": { "$ref": "common.schema.json#/$defs/ref", "description": "The StorageLocation the data moves to." }, "notified_on": { "$ref": "common.schema.json#/$defs/date" }, "effective_from": { "$ref": "common.schema.json#/$defs/date" }, "dpia_review": { "$ref": "common.schema.json#/$defs/text" } } } }, "unevaluatedProperties": false, "required": ["controllers", "jurisdiction"] };
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs3 = errors;
  let valid2 = true;
  const _errs4 = errors;
  if (errors === _errs4) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.status === void 0 && (missing0 = "status")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.status !== void 0) {
          if ("retired" !== data.status) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  errors = _errs3;
  if (vErrors !== null) {
    if (_errs3) {
      vErrors.length = _errs3;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.retired_on === void 0) {
        const err3 = { instancePath, schemaPath: "#/$defs/retirement/then/required", keyword: "required", params: { missingProperty: "retired_on" }, message: "must have required property 'retired_on'", schema: schema34.then.required, parentSchema: schema34.then, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.retired_reason === void 0) {
        const err4 = { instancePath, schemaPath: "#/$defs/retirement/then/required", keyword: "required", params: { missingProperty: "retired_reason" }, message: "must have required property 'retired_reason'", schema: schema34.then.required, parentSchema: schema34.then, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    } else {
      const err5 = { instancePath, schemaPath: "#/$defs/retirement/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.then.type, parentSchema: schema34.then, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    var _valid0 = _errs7 === errors;
    valid2 = _valid0;
  }
  if (!valid2) {
    const err6 = { instancePath, schemaPath: "#/$defs/retirement/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema34.if, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.apiVersion !== void 0) {
      let data1 = data.apiVersion;
      if ("ropa/v1" !== data1) {
        const err11 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "ropa/v1" }, message: "must be equal to constant", schema: "ropa/v1", parentSchema: schema35, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if (typeof data2 !== "string") {
        const err12 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.kind.type, parentSchema: schema33.properties.kind, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data3 = data.id;
      if (typeof data3 === "string") {
        if (!pattern4.test(data3)) {
          const err13 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema36, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data4 = data.name;
      if (typeof data4 === "string") {
        if (func1(data4) > 2e3) {
          const err15 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func1(data4) < 1) {
          const err16 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data5 = data.description;
      if (typeof data5 === "string") {
        if (func1(data5) > 2e3) {
          const err18 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func1(data5) < 1) {
          const err19 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data6 = data.status;
      if (!(data6 === "active" || data6 === "retired")) {
        const err21 = { instancePath: instancePath + "/status", schemaPath: "#/$defs/status/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.retired_on !== void 0) {
      let data7 = data.retired_on;
      if (typeof data7 === "string") {
        if (!formats0.validate(data7)) {
          const err22 = { instancePath: instancePath + "/retired_on", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data7 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/retired_on", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.retired_reason !== void 0) {
      let data8 = data.retired_reason;
      if (typeof data8 === "string") {
        if (func1(data8) > 2e3) {
          const err24 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data8 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (func1(data8) < 1) {
          const err25 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data8 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data8 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data9 = data.notes;
      if (typeof data9 === "string") {
        if (func1(data9) > 2e3) {
          const err27 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data9 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (func1(data9) < 1) {
          const err28 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data9 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data9 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { "props": { "apiVersion": true, "kind": true, "id": true, "name": true, "description": true, "status": true, "retired_on": true, "retired_reason": true, "notes": true }, "dynamicProps": false, "dynamicItems": false };
function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate60.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/ref/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema50, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0:
        for (; i1--; ) {
          for (j0 = i1; j0--; ) {
            if (func0(data[i1], data[j0])) {
              const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema49, data };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
              break outer0;
            }
          }
        }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
validate60.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate57.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate58(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.controllers === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "controllers" }, message: "must have required property 'controllers'", schema: schema133.required, parentSchema: schema133, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.jurisdiction === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "jurisdiction" }, message: "must have required property 'jurisdiction'", schema: schema133.required, parentSchema: schema133, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if ("CustomerSegment" !== data0) {
        const err2 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "CustomerSegment" }, message: "must be equal to constant", schema: "CustomerSegment", parentSchema: schema133.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.controllers !== void 0) {
      let data1 = data.controllers;
      if (typeof data1 === "string") {
        if (func1(data1) > 2e3) {
          const err3 = { instancePath: instancePath + "/controllers", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err4 = { instancePath: instancePath + "/controllers", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/controllers", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.jurisdiction !== void 0) {
      let data2 = data.jurisdiction;
      if (typeof data2 === "string") {
        if (!pattern5.test(data2)) {
          const err6 = { instancePath: instancePath + "/jurisdiction", schemaPath: "common.schema.json#/$defs/country/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"', schema: "^[A-Z]{2}$", parentSchema: schema44, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/jurisdiction", schemaPath: "common.schema.json#/$defs/country/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.dpa !== void 0) {
      let data3 = data.dpa;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.template_version === void 0) {
          const err8 = { instancePath: instancePath + "/dpa", schemaPath: "#/properties/dpa/required", keyword: "required", params: { missingProperty: "template_version" }, message: "must have required property 'template_version'", schema: schema133.properties.dpa.required, parentSchema: schema133.properties.dpa, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key0 in data3) {
          if (!(key0 === "template_version" || key0 === "reference")) {
            const err9 = { instancePath: instancePath + "/dpa", schemaPath: "#/properties/dpa/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema133.properties.dpa, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data3.template_version !== void 0) {
          let data4 = data3.template_version;
          if (typeof data4 === "string") {
            if (func1(data4) > 2e3) {
              const err10 = { instancePath: instancePath + "/dpa/template_version", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (func1(data4) < 1) {
              const err11 = { instancePath: instancePath + "/dpa/template_version", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/dpa/template_version", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.reference !== void 0) {
          let data5 = data3.reference;
          if (typeof data5 === "string") {
            if (func1(data5) > 2e3) {
              const err13 = { instancePath: instancePath + "/dpa/reference", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data5 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (func1(data5) < 1) {
              const err14 = { instancePath: instancePath + "/dpa/reference", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/dpa/reference", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/dpa", schemaPath: "#/properties/dpa/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema133.properties.dpa.type, parentSchema: schema133.properties.dpa, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.storage_locations !== void 0) {
      let data6 = data.storage_locations;
      if (!validate60(data6, { instancePath: instancePath + "/storage_locations", parentData: data, parentDataProperty: "storage_locations", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
        errors = vErrors.length;
      }
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          const err17 = { instancePath: instancePath + "/storage_locations", schemaPath: "#/properties/storage_locations/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema133.properties.storage_locations, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/storage_locations", schemaPath: "#/properties/storage_locations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema133.properties.storage_locations.type, parentSchema: schema133.properties.storage_locations, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.storage_location !== void 0) {
      let data7 = data.storage_location;
      if (typeof data7 === "string") {
        if (!pattern4.test(data7)) {
          const err19 = { instancePath: instancePath + "/storage_location", schemaPath: "common.schema.json#/$defs/ref/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema50, data: data7 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/storage_location", schemaPath: "common.schema.json#/$defs/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data7 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.notice_period_days !== void 0) {
      let data8 = data.notice_period_days;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
        const err21 = { instancePath: instancePath + "/notice_period_days", schemaPath: "#/properties/notice_period_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema133.properties.notice_period_days.type, parentSchema: schema133.properties.notice_period_days, data: data8 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 > 365 || isNaN(data8)) {
          const err22 = { instancePath: instancePath + "/notice_period_days", schemaPath: "#/properties/notice_period_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 365 }, message: "must be <= 365", schema: 365, parentSchema: schema133.properties.notice_period_days, data: data8 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data8 < 0 || isNaN(data8)) {
          const err23 = { instancePath: instancePath + "/notice_period_days", schemaPath: "#/properties/notice_period_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema133.properties.notice_period_days, data: data8 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    }
    if (data.relocation !== void 0) {
      let data9 = data.relocation;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key1 in data9) {
          if (!(key1 === "to" || key1 === "notified_on" || key1 === "effective_from" || key1 === "dpia_review")) {
            const err24 = { instancePath: instancePath + "/relocation", schemaPath: "#/properties/relocation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema133.properties.relocation, data: data9 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data9.to !== void 0) {
          let data10 = data9.to;
          if (typeof data10 === "string") {
            if (!pattern4.test(data10)) {
              const err25 = { instancePath: instancePath + "/relocation/to", schemaPath: "common.schema.json#/$defs/ref/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema50, data: data10 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/relocation/to", schemaPath: "common.schema.json#/$defs/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data10 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data9.notified_on !== void 0) {
          let data11 = data9.notified_on;
          if (typeof data11 === "string") {
            if (!formats0.validate(data11)) {
              const err27 = { instancePath: instancePath + "/relocation/notified_on", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data11 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/relocation/notified_on", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data11 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data9.effective_from !== void 0) {
          let data12 = data9.effective_from;
          if (typeof data12 === "string") {
            if (!formats0.validate(data12)) {
              const err29 = { instancePath: instancePath + "/relocation/effective_from", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data12 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = { instancePath: instancePath + "/relocation/effective_from", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data12 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data9.dpia_review !== void 0) {
          let data13 = data9.dpia_review;
          if (typeof data13 === "string") {
            if (func1(data13) > 2e3) {
              const err31 = { instancePath: instancePath + "/relocation/dpia_review", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data13 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (func1(data13) < 1) {
              const err32 = { instancePath: instancePath + "/relocation/dpia_review", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data13 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = { instancePath: instancePath + "/relocation/dpia_review", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data13 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/relocation", schemaPath: "#/properties/relocation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema133.properties.relocation.type, parentSchema: schema133.properties.relocation, data: data9 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    for (const key2 in data) {
      if (key2 !== "kind" && key2 !== "controllers" && key2 !== "jurisdiction" && key2 !== "dpa" && key2 !== "storage_locations" && key2 !== "storage_location" && key2 !== "notice_period_days" && key2 !== "relocation" && key2 !== "apiVersion" && key2 !== "id" && key2 !== "name" && key2 !== "description" && key2 !== "status" && key2 !== "retired_on" && key2 !== "retired_reason" && key2 !== "notes") {
        const err35 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key2 }, message: "must NOT have unevaluated properties", schema: false, parentSchema: schema133, data };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
  } else {
    const err36 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema133.type, parentSchema: schema133, data };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
validate57.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var Product = validate62;
var schema155 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "product.schema.json", "title": "Product", "description": "A product or service, with the privacy notice that tells its users about the processing behind it.", "type": "object", "allOf": [{ "$ref": "common.schema.json#/$defs/envelope" }], "properties": { "kind": { "const": "Product" }, "privacy_notice": { "type": "object", "additionalProperties": false, "properties": { "url": { "$ref": "common.schema.json#/$defs/url" }, "version": { "$ref": "common.schema.json#/$defs/text" }, "updated_on": { "$ref": "common.schema.json#/$defs/date" } }, "description": "The product's privacy notice." } }, "unevaluatedProperties": false };
var schema166 = { "type": "string", "format": "uri", "pattern": "^https?://" };
function validate63(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate63.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs3 = errors;
  let valid2 = true;
  const _errs4 = errors;
  if (errors === _errs4) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.status === void 0 && (missing0 = "status")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.status !== void 0) {
          if ("retired" !== data.status) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  errors = _errs3;
  if (vErrors !== null) {
    if (_errs3) {
      vErrors.length = _errs3;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.retired_on === void 0) {
        const err3 = { instancePath, schemaPath: "#/$defs/retirement/then/required", keyword: "required", params: { missingProperty: "retired_on" }, message: "must have required property 'retired_on'", schema: schema34.then.required, parentSchema: schema34.then, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.retired_reason === void 0) {
        const err4 = { instancePath, schemaPath: "#/$defs/retirement/then/required", keyword: "required", params: { missingProperty: "retired_reason" }, message: "must have required property 'retired_reason'", schema: schema34.then.required, parentSchema: schema34.then, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    } else {
      const err5 = { instancePath, schemaPath: "#/$defs/retirement/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.then.type, parentSchema: schema34.then, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    var _valid0 = _errs7 === errors;
    valid2 = _valid0;
  }
  if (!valid2) {
    const err6 = { instancePath, schemaPath: "#/$defs/retirement/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema34.if, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.apiVersion !== void 0) {
      let data1 = data.apiVersion;
      if ("ropa/v1" !== data1) {
        const err11 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "ropa/v1" }, message: "must be equal to constant", schema: "ropa/v1", parentSchema: schema35, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if (typeof data2 !== "string") {
        const err12 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.kind.type, parentSchema: schema33.properties.kind, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data3 = data.id;
      if (typeof data3 === "string") {
        if (!pattern4.test(data3)) {
          const err13 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema36, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data4 = data.name;
      if (typeof data4 === "string") {
        if (func1(data4) > 2e3) {
          const err15 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func1(data4) < 1) {
          const err16 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data5 = data.description;
      if (typeof data5 === "string") {
        if (func1(data5) > 2e3) {
          const err18 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func1(data5) < 1) {
          const err19 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data6 = data.status;
      if (!(data6 === "active" || data6 === "retired")) {
        const err21 = { instancePath: instancePath + "/status", schemaPath: "#/$defs/status/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.retired_on !== void 0) {
      let data7 = data.retired_on;
      if (typeof data7 === "string") {
        if (!formats0.validate(data7)) {
          const err22 = { instancePath: instancePath + "/retired_on", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data7 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/retired_on", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.retired_reason !== void 0) {
      let data8 = data.retired_reason;
      if (typeof data8 === "string") {
        if (func1(data8) > 2e3) {
          const err24 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data8 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (func1(data8) < 1) {
          const err25 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data8 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data8 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data9 = data.notes;
      if (typeof data9 === "string") {
        if (func1(data9) > 2e3) {
          const err27 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data9 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (func1(data9) < 1) {
          const err28 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data9 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data9 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate63.errors = vErrors;
  return errors === 0;
}
validate63.evaluated = { "props": { "apiVersion": true, "kind": true, "id": true, "name": true, "description": true, "status": true, "retired_on": true, "retired_reason": true, "notes": true }, "dynamicProps": false, "dynamicItems": false };
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate62.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate63(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if ("Product" !== data0) {
        const err0 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Product" }, message: "must be equal to constant", schema: "Product", parentSchema: schema155.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.privacy_notice !== void 0) {
      let data1 = data.privacy_notice;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key0 in data1) {
          if (!(key0 === "url" || key0 === "version" || key0 === "updated_on")) {
            const err1 = { instancePath: instancePath + "/privacy_notice", schemaPath: "#/properties/privacy_notice/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema155.properties.privacy_notice, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data1.url !== void 0) {
          let data2 = data1.url;
          if (typeof data2 === "string") {
            if (!pattern8.test(data2)) {
              const err2 = { instancePath: instancePath + "/privacy_notice/url", schemaPath: "common.schema.json#/$defs/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema166, data: data2 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (!formats4(data2)) {
              const err3 = { instancePath: instancePath + "/privacy_notice/url", schemaPath: "common.schema.json#/$defs/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema166, data: data2 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/privacy_notice/url", schemaPath: "common.schema.json#/$defs/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema166.type, parentSchema: schema166, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.version !== void 0) {
          let data3 = data1.version;
          if (typeof data3 === "string") {
            if (func1(data3) > 2e3) {
              const err5 = { instancePath: instancePath + "/privacy_notice/version", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data3 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (func1(data3) < 1) {
              const err6 = { instancePath: instancePath + "/privacy_notice/version", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data3 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/privacy_notice/version", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data1.updated_on !== void 0) {
          let data4 = data1.updated_on;
          if (typeof data4 === "string") {
            if (!formats0.validate(data4)) {
              const err8 = { instancePath: instancePath + "/privacy_notice/updated_on", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/privacy_notice/updated_on", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/privacy_notice", schemaPath: "#/properties/privacy_notice/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema155.properties.privacy_notice.type, parentSchema: schema155.properties.privacy_notice, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (key1 !== "kind" && key1 !== "privacy_notice" && key1 !== "apiVersion" && key1 !== "id" && key1 !== "name" && key1 !== "description" && key1 !== "status" && key1 !== "retired_on" && key1 !== "retired_reason" && key1 !== "notes") {
        const err11 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key1 }, message: "must NOT have unevaluated properties", schema: false, parentSchema: schema155, data };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema155.type, parentSchema: schema155, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate62.errors = vErrors;
  return errors === 0;
}
validate62.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var Waiver = validate65;
var schema169 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "waiver.schema.json", "title": "Waiver", "description": "A time-limited exception to one rule for one record (and field), approved by the DPO. It counts only once the DPO team approves the pull request that adds or changes it.", "type": "object", "allOf": [{ "$ref": "common.schema.json#/$defs/envelope" }], "properties": { "kind": { "const": "Waiver" }, "rule": { "type": "string", "pattern": "^[a-z0-9_]+(\\.[a-z0-9_]+)+$" }, "record": { "$ref": "common.schema.json#/$defs/ref" }, "field": { "description": "Where in the record the waiver applies, as a dotted path naming list items by their key, never by their place in the list: `privacy_assessment.assessed_on`, `data_categories.health-records.retention`, `processing_locations.aws-virginia`, `access.customer support`. A list of plain values names an item by its value; a list of objects by the field that names it (a category by `category`, an access role by `role`, a transfer mechanism by `location`, a notice by `segment`). It covers what is reported at that path or below it: `privacy_assessment` covers `privacy_assessment.assessed_on`, not the reverse. Without it the waiver covers the whole record. A waiver of a `change.*` rule names the reported path exactly, and applies only in the change that adds it. A number where the record has a list is refused (`waivers.field_index`). A `.` inside a key is written `\\.` and a `\\` as `\\\\`: `promises.access\\.limited` names the promise `access.limited`.", "type": "string", "maxLength": 300, "pattern": "^[^.\\s][^.]*(\\.[^.\\s][^.]*)*$" }, "subject": { "description": "What the DPO approved the finding being about, as the finding states it (e.g. `{country: US}` for a transfer to the United States): the waiver covers the finding only while it is about exactly this, so a later change of the country, segment or code brings the finding back. A rule's findings name their subject; `ropa explain <rule>` and the waiver the PR comment offers show it. A waiver of a `change.*` rule may name less of it.", "type": "object", "maxProperties": 10, "additionalProperties": { "type": ["string", "number", "boolean"] } }, "reason": { "$ref": "common.schema.json#/$defs/text" }, "approved_by": { "$ref": "common.schema.json#/$defs/text" }, "approved_on": { "$ref": "common.schema.json#/$defs/date" }, "expires_on": { "$ref": "common.schema.json#/$defs/date" }, "ticket": { "$ref": "common.schema.json#/$defs/url" } }, "unevaluatedProperties": false, "required": ["rule", "record", "reason", "approved_by", "approved_on", "expires_on"] };
function validate66(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate66.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs3 = errors;
  let valid2 = true;
  const _errs4 = errors;
  if (errors === _errs4) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.status === void 0 && (missing0 = "status")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.status !== void 0) {
          if ("retired" !== data.status) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  errors = _errs3;
  if (vErrors !== null) {
    if (_errs3) {
      vErrors.length = _errs3;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.retired_on === void 0) {
        const err3 = { instancePath, schemaPath: "#/$defs/retirement/then/required", keyword: "required", params: { missingProperty: "retired_on" }, message: "must have required property 'retired_on'", schema: schema34.then.required, parentSchema: schema34.then, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.retired_reason === void 0) {
        const err4 = { instancePath, schemaPath: "#/$defs/retirement/then/required", keyword: "required", params: { missingProperty: "retired_reason" }, message: "must have required property 'retired_reason'", schema: schema34.then.required, parentSchema: schema34.then, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    } else {
      const err5 = { instancePath, schemaPath: "#/$defs/retirement/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.then.type, parentSchema: schema34.then, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    var _valid0 = _errs7 === errors;
    valid2 = _valid0;
  }
  if (!valid2) {
    const err6 = { instancePath, schemaPath: "#/$defs/retirement/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema34.if, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.apiVersion !== void 0) {
      let data1 = data.apiVersion;
      if ("ropa/v1" !== data1) {
        const err11 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "ropa/v1" }, message: "must be equal to constant", schema: "ropa/v1", parentSchema: schema35, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if (typeof data2 !== "string") {
        const err12 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.kind.type, parentSchema: schema33.properties.kind, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data3 = data.id;
      if (typeof data3 === "string") {
        if (!pattern4.test(data3)) {
          const err13 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema36, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data4 = data.name;
      if (typeof data4 === "string") {
        if (func1(data4) > 2e3) {
          const err15 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func1(data4) < 1) {
          const err16 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data5 = data.description;
      if (typeof data5 === "string") {
        if (func1(data5) > 2e3) {
          const err18 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func1(data5) < 1) {
          const err19 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data6 = data.status;
      if (!(data6 === "active" || data6 === "retired")) {
        const err21 = { instancePath: instancePath + "/status", schemaPath: "#/$defs/status/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.retired_on !== void 0) {
      let data7 = data.retired_on;
      if (typeof data7 === "string") {
        if (!formats0.validate(data7)) {
          const err22 = { instancePath: instancePath + "/retired_on", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data7 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/retired_on", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.retired_reason !== void 0) {
      let data8 = data.retired_reason;
      if (typeof data8 === "string") {
        if (func1(data8) > 2e3) {
          const err24 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data8 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (func1(data8) < 1) {
          const err25 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data8 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data8 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data9 = data.notes;
      if (typeof data9 === "string") {
        if (func1(data9) > 2e3) {
          const err27 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data9 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (func1(data9) < 1) {
          const err28 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data9 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data9 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate66.errors = vErrors;
  return errors === 0;
}
validate66.evaluated = { "props": { "apiVersion": true, "kind": true, "id": true, "name": true, "description": true, "status": true, "retired_on": true, "retired_reason": true, "notes": true }, "dynamicProps": false, "dynamicItems": false };
var pattern35 = new RegExp("^[a-z0-9_]+(\\.[a-z0-9_]+)+$", "u");
var pattern37 = new RegExp("^[^.\\s][^.]*(\\.[^.\\s][^.]*)*$", "u");
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate65.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate66(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.rule === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema169.required, parentSchema: schema169, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.record === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "record" }, message: "must have required property 'record'", schema: schema169.required, parentSchema: schema169, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema169.required, parentSchema: schema169, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.approved_by === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approved_by" }, message: "must have required property 'approved_by'", schema: schema169.required, parentSchema: schema169, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.approved_on === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approved_on" }, message: "must have required property 'approved_on'", schema: schema169.required, parentSchema: schema169, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.expires_on === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expires_on" }, message: "must have required property 'expires_on'", schema: schema169.required, parentSchema: schema169, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if ("Waiver" !== data0) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Waiver" }, message: "must be equal to constant", schema: "Waiver", parentSchema: schema169.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.rule !== void 0) {
      let data1 = data.rule;
      if (typeof data1 === "string") {
        if (!pattern35.test(data1)) {
          const err7 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9_]+(\\.[a-z0-9_]+)+$" }, message: 'must match pattern "^[a-z0-9_]+(\\.[a-z0-9_]+)+$"', schema: "^[a-z0-9_]+(\\.[a-z0-9_]+)+$", parentSchema: schema169.properties.rule, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema169.properties.rule.type, parentSchema: schema169.properties.rule, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.record !== void 0) {
      let data2 = data.record;
      if (typeof data2 === "string") {
        if (!pattern4.test(data2)) {
          const err9 = { instancePath: instancePath + "/record", schemaPath: "common.schema.json#/$defs/ref/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema50, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/record", schemaPath: "common.schema.json#/$defs/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.field !== void 0) {
      let data3 = data.field;
      if (typeof data3 === "string") {
        if (func1(data3) > 300) {
          const err11 = { instancePath: instancePath + "/field", schemaPath: "#/properties/field/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema169.properties.field, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern37.test(data3)) {
          const err12 = { instancePath: instancePath + "/field", schemaPath: "#/properties/field/pattern", keyword: "pattern", params: { pattern: "^[^.\\s][^.]*(\\.[^.\\s][^.]*)*$" }, message: 'must match pattern "^[^.\\s][^.]*(\\.[^.\\s][^.]*)*$"', schema: "^[^.\\s][^.]*(\\.[^.\\s][^.]*)*$", parentSchema: schema169.properties.field, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/field", schemaPath: "#/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema169.properties.field.type, parentSchema: schema169.properties.field, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.subject !== void 0) {
      let data4 = data.subject;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (Object.keys(data4).length > 10) {
          const err14 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/maxProperties", keyword: "maxProperties", params: { limit: 10 }, message: "must NOT have more than 10 properties", schema: 10, parentSchema: schema169.properties.subject, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        for (const key0 in data4) {
          let data5 = data4[key0];
          if (typeof data5 !== "string" && !(typeof data5 == "number" && isFinite(data5)) && typeof data5 !== "boolean") {
            const err15 = { instancePath: instancePath + "/subject/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/subject/additionalProperties/type", keyword: "type", params: { type: schema169.properties.subject.additionalProperties.type }, message: "must be string,number,boolean", schema: schema169.properties.subject.additionalProperties.type, parentSchema: schema169.properties.subject.additionalProperties, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema169.properties.subject.type, parentSchema: schema169.properties.subject, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data6 = data.reason;
      if (typeof data6 === "string") {
        if (func1(data6) > 2e3) {
          const err17 = { instancePath: instancePath + "/reason", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (func1(data6) < 1) {
          const err18 = { instancePath: instancePath + "/reason", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data6 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/reason", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data6 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      let data7 = data.approved_by;
      if (typeof data7 === "string") {
        if (func1(data7) > 2e3) {
          const err20 = { instancePath: instancePath + "/approved_by", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data7 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (func1(data7) < 1) {
          const err21 = { instancePath: instancePath + "/approved_by", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data7 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/approved_by", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data7 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.approved_on !== void 0) {
      let data8 = data.approved_on;
      if (typeof data8 === "string") {
        if (!formats0.validate(data8)) {
          const err23 = { instancePath: instancePath + "/approved_on", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data8 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/approved_on", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data8 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.expires_on !== void 0) {
      let data9 = data.expires_on;
      if (typeof data9 === "string") {
        if (!formats0.validate(data9)) {
          const err25 = { instancePath: instancePath + "/expires_on", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data9 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/expires_on", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data9 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.ticket !== void 0) {
      let data10 = data.ticket;
      if (typeof data10 === "string") {
        if (!pattern8.test(data10)) {
          const err27 = { instancePath: instancePath + "/ticket", schemaPath: "common.schema.json#/$defs/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema166, data: data10 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (!formats4(data10)) {
          const err28 = { instancePath: instancePath + "/ticket", schemaPath: "common.schema.json#/$defs/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema166, data: data10 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/ticket", schemaPath: "common.schema.json#/$defs/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema166.type, parentSchema: schema166, data: data10 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (key1 !== "kind" && key1 !== "rule" && key1 !== "record" && key1 !== "field" && key1 !== "subject" && key1 !== "reason" && key1 !== "approved_by" && key1 !== "approved_on" && key1 !== "expires_on" && key1 !== "ticket" && key1 !== "apiVersion" && key1 !== "id" && key1 !== "name" && key1 !== "description" && key1 !== "status" && key1 !== "retired_on" && key1 !== "retired_reason" && key1 !== "notes") {
        const err30 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key1 }, message: "must NOT have unevaluated properties", schema: false, parentSchema: schema169, data };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
  } else {
    const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema169.type, parentSchema: schema169, data };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
validate65.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var DataCategory = validate68;
var schema186 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "data-category.schema.json", "title": "DataCategory", "description": "A category of personal data of the register's own, beside the taxonomy bundled with ropa (policies/reference/data_categories). Its id is the key activities and subprocessors name in `data_categories`. It adds to the bundled taxonomy and cannot change a bundled category: a category with a bundled id keeps the bundled flags.", "type": "object", "allOf": [{ "$ref": "common.schema.json#/$defs/envelope" }], "properties": { "kind": { "const": "DataCategory" }, "special": { "type": "boolean", "description": "A special category of GDPR Art. 9(1) (health, genetic, biometric, racial or ethnic origin, political opinions, religious or philosophical beliefs, trade union membership, sex life or sexual orientation)." }, "criminal": { "type": "boolean", "description": "Personal data relating to criminal convictions and offences (GDPR Art. 10)." }, "direct_identifier": { "type": "boolean", "description": "Identifies a person on its own (Art. 4(1))." }, "online_identifier": { "type": "boolean", "description": "An online identifier (Art. 4(1), Recital 30): IP addresses, cookie and device identifiers." }, "fideslang": { "type": "string", "pattern": "^[a-z_]+(\\.[a-z_]+)*$", "maxLength": 200, "description": "The nearest Fides (fideslang) data category key, e.g. user.contact.email, so that registers can be exchanged." } }, "required": ["special", "direct_identifier"], "unevaluatedProperties": false };
function validate69(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate69.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs3 = errors;
  let valid2 = true;
  const _errs4 = errors;
  if (errors === _errs4) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.status === void 0 && (missing0 = "status")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.status !== void 0) {
          if ("retired" !== data.status) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  errors = _errs3;
  if (vErrors !== null) {
    if (_errs3) {
      vErrors.length = _errs3;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.retired_on === void 0) {
        const err3 = { instancePath, schemaPath: "#/$defs/retirement/then/required", keyword: "required", params: { missingProperty: "retired_on" }, message: "must have required property 'retired_on'", schema: schema34.then.required, parentSchema: schema34.then, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.retired_reason === void 0) {
        const err4 = { instancePath, schemaPath: "#/$defs/retirement/then/required", keyword: "required", params: { missingProperty: "retired_reason" }, message: "must have required property 'retired_reason'", schema: schema34.then.required, parentSchema: schema34.then, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    } else {
      const err5 = { instancePath, schemaPath: "#/$defs/retirement/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.then.type, parentSchema: schema34.then, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    var _valid0 = _errs7 === errors;
    valid2 = _valid0;
  }
  if (!valid2) {
    const err6 = { instancePath, schemaPath: "#/$defs/retirement/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema34.if, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.apiVersion !== void 0) {
      let data1 = data.apiVersion;
      if ("ropa/v1" !== data1) {
        const err11 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "ropa/v1" }, message: "must be equal to constant", schema: "ropa/v1", parentSchema: schema35, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if (typeof data2 !== "string") {
        const err12 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.kind.type, parentSchema: schema33.properties.kind, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data3 = data.id;
      if (typeof data3 === "string") {
        if (!pattern4.test(data3)) {
          const err13 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema36, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data4 = data.name;
      if (typeof data4 === "string") {
        if (func1(data4) > 2e3) {
          const err15 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func1(data4) < 1) {
          const err16 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data5 = data.description;
      if (typeof data5 === "string") {
        if (func1(data5) > 2e3) {
          const err18 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func1(data5) < 1) {
          const err19 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data6 = data.status;
      if (!(data6 === "active" || data6 === "retired")) {
        const err21 = { instancePath: instancePath + "/status", schemaPath: "#/$defs/status/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.retired_on !== void 0) {
      let data7 = data.retired_on;
      if (typeof data7 === "string") {
        if (!formats0.validate(data7)) {
          const err22 = { instancePath: instancePath + "/retired_on", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema40, data: data7 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/retired_on", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.retired_reason !== void 0) {
      let data8 = data.retired_reason;
      if (typeof data8 === "string") {
        if (func1(data8) > 2e3) {
          const err24 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data8 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (func1(data8) < 1) {
          const err25 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data8 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/retired_reason", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data8 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data9 = data.notes;
      if (typeof data9 === "string") {
        if (func1(data9) > 2e3) {
          const err27 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37, data: data9 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (func1(data9) < 1) {
          const err28 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data9 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data9 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate69.errors = vErrors;
  return errors === 0;
}
validate69.evaluated = { "props": { "apiVersion": true, "kind": true, "id": true, "name": true, "description": true, "status": true, "retired_on": true, "retired_reason": true, "notes": true }, "dynamicProps": false, "dynamicItems": false };
var pattern40 = new RegExp("^[a-z_]+(\\.[a-z_]+)*$", "u");
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate68.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate69(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.special === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "special" }, message: "must have required property 'special'", schema: schema186.required, parentSchema: schema186, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.direct_identifier === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "direct_identifier" }, message: "must have required property 'direct_identifier'", schema: schema186.required, parentSchema: schema186, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if ("DataCategory" !== data0) {
        const err2 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "DataCategory" }, message: "must be equal to constant", schema: "DataCategory", parentSchema: schema186.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.special !== void 0) {
      let data1 = data.special;
      if (typeof data1 !== "boolean") {
        const err3 = { instancePath: instancePath + "/special", schemaPath: "#/properties/special/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema186.properties.special.type, parentSchema: schema186.properties.special, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.criminal !== void 0) {
      let data2 = data.criminal;
      if (typeof data2 !== "boolean") {
        const err4 = { instancePath: instancePath + "/criminal", schemaPath: "#/properties/criminal/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema186.properties.criminal.type, parentSchema: schema186.properties.criminal, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.direct_identifier !== void 0) {
      let data3 = data.direct_identifier;
      if (typeof data3 !== "boolean") {
        const err5 = { instancePath: instancePath + "/direct_identifier", schemaPath: "#/properties/direct_identifier/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema186.properties.direct_identifier.type, parentSchema: schema186.properties.direct_identifier, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.online_identifier !== void 0) {
      let data4 = data.online_identifier;
      if (typeof data4 !== "boolean") {
        const err6 = { instancePath: instancePath + "/online_identifier", schemaPath: "#/properties/online_identifier/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema186.properties.online_identifier.type, parentSchema: schema186.properties.online_identifier, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.fideslang !== void 0) {
      let data5 = data.fideslang;
      if (typeof data5 === "string") {
        if (func1(data5) > 200) {
          const err7 = { instancePath: instancePath + "/fideslang", schemaPath: "#/properties/fideslang/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema186.properties.fideslang, data: data5 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern40.test(data5)) {
          const err8 = { instancePath: instancePath + "/fideslang", schemaPath: "#/properties/fideslang/pattern", keyword: "pattern", params: { pattern: "^[a-z_]+(\\.[a-z_]+)*$" }, message: 'must match pattern "^[a-z_]+(\\.[a-z_]+)*$"', schema: "^[a-z_]+(\\.[a-z_]+)*$", parentSchema: schema186.properties.fideslang, data: data5 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/fideslang", schemaPath: "#/properties/fideslang/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema186.properties.fideslang.type, parentSchema: schema186.properties.fideslang, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    for (const key0 in data) {
      if (key0 !== "kind" && key0 !== "special" && key0 !== "criminal" && key0 !== "direct_identifier" && key0 !== "online_identifier" && key0 !== "fideslang" && key0 !== "apiVersion" && key0 !== "id" && key0 !== "name" && key0 !== "description" && key0 !== "status" && key0 !== "retired_on" && key0 !== "retired_reason" && key0 !== "notes") {
        const err10 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, message: "must NOT have unevaluated properties", schema: false, parentSchema: schema186, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema186.type, parentSchema: schema186, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate68.errors = vErrors;
  return errors === 0;
}
validate68.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// engine/validate.ts
function schemaProblems(record) {
  const validate = validators_generated_exports[record.kind];
  const unfilled = placeholders(record.data);
  const own = unfilled.slice(0, MAX_PROBLEMS_PER_FILE).map((path) => {
    const pos = positionOf(record, path);
    return { file: record.file, line: pos.line, col: pos.col, message: `\`${quoted2(path.join("."))}\` is not filled in yet`, hint: `replace the placeholder with your own value: ${quoted2(String(valueAt(record.data, path.map(String))))}` };
  });
  if (validate(record.data)) return own;
  const covered = (e) => unfilled.some((p) => e.instancePath === pointer(p) || e.instancePath.startsWith(pointer(p) + "/"));
  return [...own, ...explain(record, (validate.errors ?? []).filter((e) => !covered(e)))].sort((a, b) => a.line - b.line || a.col - b.col);
}
var PLACEHOLDER = "FILL IN";
function placeholders(data) {
  return holdsPlaceholder(data) ? pathsOfPlaceholders(data, []) : [];
}
function holdsPlaceholder(data) {
  if (typeof data === "string") return data.startsWith(PLACEHOLDER);
  if (data && typeof data === "object") {
    for (const v of Array.isArray(data) ? data : Object.values(data)) if (holdsPlaceholder(v)) return true;
  }
  return false;
}
function pathsOfPlaceholders(data, path) {
  if (typeof data === "string") return data.startsWith(PLACEHOLDER) ? [path] : [];
  if (Array.isArray(data)) return data.flatMap((v, i) => pathsOfPlaceholders(v, [...path, i]));
  if (data && typeof data === "object") return Object.entries(data).flatMap(([k, v]) => pathsOfPlaceholders(v, [...path, k]));
  return [];
}
var MAX_PROBLEMS_PER_FILE = 20;
function explain(record, errors) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  const oneOfs = errors.filter((e) => e.keyword === "oneOf").map((e) => e.schemaPath + "/");
  const useful = errors.filter((e) => e.keyword !== "if" && !oneOfs.some((o) => e.schemaPath.startsWith(o)));
  let left = 0;
  for (const [i, e] of useful.entries()) {
    if (out.length === MAX_PROBLEMS_PER_FILE) {
      left = useful.length - i;
      break;
    }
    const { path, message, hint } = describe(e, record.data);
    const key = `${pointer(path)}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const pos = positionOf(record, path);
    out.push({ file: record.file, line: pos.line, col: pos.col, message, hint });
  }
  out.sort((a, b) => a.line - b.line || a.col - b.col);
  if (left) out.push({ file: record.file, line: out.at(-1).line, col: out.at(-1).col, message: `and up to ${left} more schema errors in this file, not named (MAX_PROBLEMS_PER_FILE)`, hint: "fix the ones above, then check again" });
  return out;
}
function positionOf(record, path) {
  for (let n = path.length; n >= 0; n--) {
    const pos = record.positions.get(pointer(path.slice(0, n)));
    if (pos) return pos;
  }
  return { line: 1, col: 1 };
}
function splitPointer(p) {
  return p === "" ? [] : p.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function valueAt(data, path) {
  let v = data;
  for (const key of path) {
    if (!v || typeof v !== "object" || !Object.hasOwn(v, key)) return void 0;
    v = v[key];
  }
  return v;
}
var ID_PATTERN = "^[a-z0-9][a-z0-9-]{0,63}$";
var URL_PATTERN = "^https?://";
var TYPE_HINTS = {
  string: "quote the value if YAML reads it as a number, date or boolean",
  boolean: "write `true` or `false`; ropa reads YAML 1.2, where `yes`, `no`, `on` and `off` are text",
  integer: "write a whole number without quotes, e.g. 30; in YAML 1.2 `1:30` is text, not 90",
  number: "write a number without quotes",
  array: "write a list: `[a, b]` on one line, or one `- item` per line below the key",
  object: "write the fields on the lines below the key, indented"
};
function describe(e, data) {
  const path = splitPointer(e.instancePath);
  const field = path.length ? `\`${quoted2(path.join("."))}\`` : "the record";
  const p = e.params;
  if (e.keyword === "type" && (e.data ?? valueAt(data, path)) === null) {
    return { path, message: `${field} has no value`, hint: "write the value after the colon, or remove the line" };
  }
  switch (e.keyword) {
    case "required":
      return { path, message: `${field} is missing the required field \`${p.missingProperty}\``, hint: `add \`${p.missingProperty}:\`` };
    case "additionalProperties":
    case "unevaluatedProperties": {
      const name = String(p.additionalProperty ?? p.unevaluatedProperty);
      const near = didYouMean(name, fieldsOf(e.parentSchema, path.length === 0));
      return { path: [...path, name], message: `unknown field \`${quoted2(name)}\`${path.length ? ` in ${field}` : ""}`, hint: near ?? "check the spelling against the schema, or remove the field" };
    }
    case "enum":
      return { path, message: `${field} must be one of: ${p.allowedValues.map(String).join(", ")}` };
    case "const":
      return { path, message: `${field} must be ${JSON.stringify(p.allowedValue)}` };
    case "type":
      return { path, message: `${field} must be ${article(String(p.type))}`, hint: TYPE_HINTS[String(p.type)] };
    case "format":
      if (p.format === "date") return { path, message: `${field} is not a real calendar date`, hint: "write it as YYYY-MM-DD, e.g. 2026-03-31" };
      if (p.format === "email") return { path, message: `${field} is not an e-mail address`, hint: "write it as name@example.com" };
      if (p.format === "uri") return { path, message: `${field} is not a web address`, hint: "write the full address, starting with https://" };
      return { path, message: `${field} is not a valid ${p.format}` };
    case "pattern":
      if (e.schema === ID_PATTERN) {
        return { path, message: `${field} is not a valid id`, hint: "an id is lower-case letters, digits and dashes, at most 64, e.g. `aws-stockholm`; a reference names the id of another record, never a path" };
      }
      if (e.schema === URL_PATTERN) return { path, message: `${field} is not an http or https address`, hint: "write the full address, starting with https://" };
      return { path, message: `${field} has the wrong form`, hint: e.parentSchema?.description };
    case "maxLength":
      return { path, message: `${field} is longer than ${p.limit} characters`, hint: "shorten it; keep long text in a document and give its reference" };
    case "minLength":
      return { path, message: `${field} is empty`, hint: "write the value, or remove the line" };
    case "maximum":
      return { path, message: `${field} must be at most ${p.limit}` };
    case "minimum":
      return { path, message: `${field} must be at least ${p.limit}` };
    case "minItems":
      return { path, message: `${field} must list at least ${p.limit} item${p.limit === 1 ? "" : "s"}`, hint: "write the items, `[a, b]` on one line or one `- item` per line below the key" };
    case "uniqueItems":
      return { path, message: `${field} lists the same value twice (items ${Number(p.j) + 1} and ${Number(p.i) + 1})`, hint: "remove the repeated item" };
    case "oneOf":
      return { path, message: `${field} must have exactly one of the allowed forms`, hint: e.parentSchema?.description };
    default:
      return { path, message: `${field} ${e.message}` };
  }
}
function fieldsOf(schema2, top) {
  const own = Object.keys(schema2?.properties ?? {});
  const envelope = Object.keys(common_schema_default.$defs.envelope.properties);
  return top ? [...own, ...envelope] : own;
}
function article(type2) {
  const a = type2 === "array" || type2 === "object" || type2 === "integer" ? "an" : "a";
  return type2 === "array" ? "a list" : type2 === "object" ? "a mapping of fields" : `${a} ${type2}`;
}

// engine/timings.ts
var enabled = Boolean(process.env.ROPA_TIMINGS) && process.env.ROPA_TIMINGS !== "0";
var now = () => Number(process.hrtime.bigint()) / 1e6;

// engine/read.ts
var MIN_BYTES_PER_THREAD = 2 << 20;
var MAX_FULL_PARSE_BYTES = 4 << 20;
function readChunk(files2, full2 = false) {
  const results = [];
  let parseMs2 = 0;
  let validateMs2 = 0;
  for (const file of files2) {
    const t0 = now();
    const loaded2 = full2 ? loadRecord(file, { plain: false, positions: true }) : loadPlainRecord(file);
    const t1 = now();
    parseMs2 += t1 - t0;
    if (!loaded2) {
      results.push({ full: true, ...idOf(file) });
      continue;
    }
    if ("problems" in loaded2) {
      results.push({ problems: loaded2.problems, ...idOf(file) });
      continue;
    }
    const { record } = loaded2;
    const problems = schemaProblems(full2 ? record : { file: record.file, kind: record.kind, id: record.id, data: record.data, positions: /* @__PURE__ */ new Map() });
    validateMs2 += now() - t1;
    const id = typeof record.data.id === "string" ? { id: record.data.id } : {};
    if (!problems.length) results.push({ kind: record.kind, data: record.data });
    else if (full2) results.push({ problems, ...id });
    else results.push({ full: true, problems: problems.map(({ line: _line, col: _col, ...p }) => p), ...id });
  }
  return { results, parseMs: parseMs2, validateMs: validateMs2 };
}
function idOf(file) {
  const id = /^id:[ \t]*["']?([a-z0-9][a-z0-9-]{0,63})["']?[ \t]*(#.*)?$/m.exec(file.text)?.[1];
  return id ? { id } : {};
}
var BATCH = 32;
function readBatches(files2, full2, next2, send) {
  const read = { batches: [], parseMs: 0, validateMs: 0 };
  for (let start = Atomics.add(next2, 0, BATCH); start < files2.length; start = Atomics.add(next2, 0, BATCH)) {
    const { results, parseMs: parseMs2, validateMs: validateMs2 } = readChunk(files2.slice(start, start + BATCH), full2);
    if (send) send({ start, results });
    else read.batches.push({ start, results });
    read.parseMs += parseMs2;
    read.validateMs += validateMs2;
  }
  return read;
}

// engine/read-worker.ts
var { files, full, next } = workerData;
var { parseMs, validateMs } = readBatches(files, full, next, (batch) => parentPort.postMessage({ batch }));
parentPort.postMessage({ end: { parseMs, validateMs } });
