// Office's proxy model, in memory: proxies record what the add-in asks for; nothing
// touches the document until `context.sync()`, which runs the queue in order, then
// makes loaded values readable. Reading a value no completed sync loaded throws
// PropertyNotLoaded, as Office does.
//
// Size accounting (see ./host.ts for the counters): a request is the JSON of the
// queued actions plus the object paths they reference (id, parent id, method, args),
// as Office's wire format sends them; a response is the JSON of the loaded property
// values, ClientResult values and null-object flags. Lengths are UTF-8 bytes, so
// Korean text counts three bytes per syllable. Real Office adds envelope overhead and
// numbers paths more tersely; the estimate is within a small factor, never zero.
import { FakeOfficeError, officeError, propertyNotLoaded } from "./errors";
import { byteLength, clone } from "./json";
import { parseLoad, type LoadTree } from "./load";
import type { MemoryExcel } from "./host";
import type { MemoryWorkbook } from "./workbook";

export interface Exec {
  host: MemoryExcel;
  workbook: MemoryWorkbook;
}

/** Throws ApiNotFound when the host's ExcelApi version is below `version`. */
export function requireApi(ex: Exec, version: string, what: string): void {
  if (!ex.host.supports(version)) {
    throw officeError("ApiNotFound", `${what} needs ExcelApi ${version}; this host supports ${ex.host.api}`, what);
  }
}

export interface PropSpec<T> {
  api?: string;
  get(target: T, ex: Exec): unknown;
  set?(target: T, value: unknown, ex: Exec): void;
}

export type PropSpecs<T> = Record<string, PropSpec<T>>;

interface PathNode {
  id: number;
  parent: PathNode | null;
  name: string;
  args: unknown[];
}

interface Outcome {
  response?: unknown;
  publish?: () => void;
}

interface Action {
  proxy: FakeObject<unknown>;
  kind: "load" | "set" | "call" | "instantiate";
  name: string;
  args: unknown[];
  run(ex: Exec): Outcome;
}

type Resolver<T> = (parent: unknown, ex: Exec) => T | null;

/** JSON with proxies replaced by their path ids; collects the ids referenced. */
function wire(value: unknown, nodes: Set<PathNode>): unknown {
  if (value instanceof FakeObject) {
    for (let n: PathNode | null = value._node; n; n = n.parent) nodes.add(n);
    return { _ObjectPathId: value._node.id };
  }
  if (Array.isArray(value)) return value.map((v) => wire(v, nodes));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wire(v, nodes)]));
  }
  return value;
}

export class FakeRequestContext {
  readonly workbook: import("./proxies/workbook").FakeWorkbook;
  readonly trackedObjects = { add(): void {}, remove(): void {} };
  readonly requestHeaders: Record<string, string> = {};
  private queue: Action[] = [];
  private nextNode = 1;
  private closed = false;
  /** Set by Excel.run's options (host.ts). */
  delayForCellEdit = false;

  constructor(
    readonly host: MemoryExcel,
    makeWorkbook: (context: FakeRequestContext) => import("./proxies/workbook").FakeWorkbook,
  ) {
    this.workbook = makeWorkbook(this);
  }

  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this.queue.map((a) => `${a.proxy._pathText()}.${a.kind === "set" ? a.name + "=" : a.name}`) };
  }

  get pending(): number {
    return this.queue.length;
  }

  load(object: FakeObject<unknown>, option?: unknown): void {
    object.load(option as string);
  }

  trace(): void {}

  _node(parent: PathNode | null, name: string, args: unknown[]): PathNode {
    return { id: this.nextNode++, parent, name, args };
  }

  _enqueue(action: Action): void {
    if (action.kind === "set" || action.kind === "call") this.host.touched.add(`${action.proxy._type}.${action.name}`);
    for (const arg of action.args) {
      if (arg instanceof FakeObject && arg.context !== this) {
        throw officeError("InvalidRequestContext", "Cannot use the object across different request contexts.");
      }
    }
    this.queue.push(action);
  }

  _close(): void {
    this.closed = true;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const actions = this.queue;
    this.queue = [];
    const host = this.host;
    // A round trip happens even when it fails.
    const nodes = new Set<PathNode>();
    const wired = actions.map((a) => ({ ObjectPathId: a.proxy._node.id, ActionType: a.kind, Name: a.name, Args: wire(a.args, nodes) }));
    for (const a of actions) for (let n: PathNode | null = a.proxy._node; n; n = n.parent) nodes.add(n);
    const paths = [...nodes].map((n) => ({ Id: n.id, ParentId: n.parent?.id ?? null, Name: n.name, Args: wire(n.args, new Set()) }));
    const requestBytes = byteLength({ Actions: wired, ObjectPaths: paths });

    await Promise.resolve();
    while (this.delayForCellEdit && host.cellEditMode) await new Promise((resolve) => setTimeout(resolve, 5));
    if (this.closed) {
      host._recordSync(requestBytes, 0, actions.length);
      throw officeError("InvalidObjectPath", "The object was used outside its Excel.run batch.");
    }
    const refusal = host._refusal(requestBytes);
    if (refusal) {
      host._recordSync(requestBytes, 0, actions.length);
      throw refusal;
    }
    const ex: Exec = { host, workbook: host.workbook };
    const responses: unknown[] = [];
    const publishes: (() => void)[] = [];
    const resolved: FakeObject<unknown>[] = [];
    // A failing command stops the batch; the commands before it stay applied — Excel's
    // batch is not a transaction (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling).
    const injected = host.failAt && host.failAt.sync === host.stats.syncs ? host.failAt : null;
    FakeObject._resolving = resolved;
    try {
      actions.forEach((action, i) => {
        if (injected && i === injected.action) throw officeError(injected.code, `Simulated failure at command ${i}: ${action.proxy._pathText()}.${action.name}`);
        const outcome = action.run(ex);
        if (outcome.response !== undefined) responses.push(outcome.response);
        if (outcome.publish) publishes.push(outcome.publish);
      });
    } catch (error) {
      host._recordSync(requestBytes, byteLength(responses), actions.length);
      throw error instanceof FakeOfficeError ? error : officeError("GeneralException", String(error));
    } finally {
      FakeObject._resolving = null;
    }
    const responseBytes = byteLength(responses);
    host._recordSync(requestBytes, responseBytes, actions.length);
    if (responseBytes > host.limits.responseBytes) {
      throw host._payloadError("ResponsePayloadSizeLimitExceeded", `The response payload size (${responseBytes} bytes) exceeded the limit.`);
    }
    for (const publish of publishes) publish();
    for (const proxy of resolved) proxy._markSynced();
    return passThroughValue as T;
  }
}

/** Contains a method's primitive result; readable after the sync that computed it. */
export class FakeClientResult<T> {
  private has = false;
  private v: T | undefined;

  get value(): T {
    if (!this.has) throw officeError("ValueNotLoaded", "The value of the result object has not been loaded yet. Call context.sync() first.");
    return this.v as T;
  }

  _publish(value: T): void {
    this.v = value;
    this.has = true;
  }
}

export abstract class FakeObject<T> {
  /** Proxies resolved during the running sync, so isNullObject becomes readable after it. */
  static _resolving: FakeObject<unknown>[] | null = null;

  abstract readonly _type: string;
  protected abstract _props(): PropSpecs<T>;
  /** Navigation properties by name (format, fill, protection, ...). */
  protected _nav(_name: string): FakeObject<unknown> | undefined {
    return undefined;
  }

  readonly _node: PathNode;
  private readonly _loaded = new Map<string, unknown>();
  private _target: T | null = null;
  private _resolvedOnce = false;
  private _nullKnown: boolean | undefined;
  private readonly _parentProxy: FakeObject<unknown> | null;

  constructor(
    readonly context: FakeRequestContext,
    parent: FakeObject<unknown> | null,
    name: string,
    args: unknown[],
    private readonly _resolver: Resolver<T>,
  ) {
    this._parentProxy = parent;
    this._node = context._node(parent?._node ?? null, name, args);
  }

  get isNullObject(): boolean {
    if (this._nullKnown === undefined) throw propertyNotLoaded(this._type, "isNullObject");
    return this._nullKnown;
  }

  _pathText(): string {
    const parts: string[] = [];
    for (let n: PathNode | null = this._node; n; n = n.parent) {
      parts.unshift(n.args.length ? `${n.name}(${n.args.map((a) => JSON.stringify(a instanceof FakeObject ? "<proxy>" : a)).join(",")})` : n.name);
    }
    return parts.join(".");
  }

  /** The document object this proxy stands for, or null for a null object. */
  _resolve(ex: Exec): T | null {
    if (!this._resolvedOnce) {
      if (this._api) requireApi(ex, this._api.version, this._api.what);
      const parent = this._parentProxy ? this._parentProxy._resolve(ex) : ex.workbook;
      this._target = parent === null ? null : this._resolver(parent, ex);
      this._resolvedOnce = true;
      FakeObject._resolving?.push(this as FakeObject<unknown>);
    }
    return this._target;
  }

  /** Like _resolve, but acting on a null object is an error (the fake is strict here). */
  _require(ex: Exec): T {
    const target = this._resolve(ex);
    if (target === null) throw officeError("ItemNotFound", `${this._type} is a null object; check isNullObject before using it.`, this._type);
    return target;
  }

  _markSynced(): void {
    this._nullKnown = this._target === null;
  }

  /** Gives an item proxy its document object directly (collection items). */
  _bind(target: T): this {
    this._target = target;
    this._resolvedOnce = true;
    this._nullKnown = false;
    return this;
  }

  _get<V>(prop: string): V {
    if (!this._loaded.has(prop)) throw propertyNotLoaded(this._type, prop);
    return this._loaded.get(prop) as V;
  }

  _set(prop: string, value: unknown): void {
    this._loaded.set(prop, value);
    const spec = this._props()[prop];
    this.context._enqueue({
      proxy: this as FakeObject<unknown>,
      kind: "set",
      name: prop,
      args: [value],
      run: (ex) => {
        if (!spec?.set) throw officeError("InvalidArgument", `${this._type}.${prop} cannot be set`);
        if (spec.api) requireApi(ex, spec.api, `${this._type}.${prop}`);
        spec.set(this._require(ex), clone(value), ex);
        return {};
      },
    });
  }

  private _enqueueCall(name: string, args: unknown[], api: string | undefined, run: (target: T, ex: Exec) => Outcome): void {
    this.context._enqueue({
      proxy: this as FakeObject<unknown>,
      kind: "call",
      name,
      args,
      run: (ex) => {
        if (api) requireApi(ex, api, `${this._type}.${name}`);
        return run(this._require(ex), ex);
      },
    });
  }

  /** Queues a method with an effect (or a check) on the document. */
  protected _call(name: string, args: unknown[], api: string | undefined, effect: (target: T, ex: Exec) => void): void {
    this._enqueueCall(name, args, api, (target, ex) => {
      effect(target, ex);
      return {};
    });
  }

  /** Queues a method whose primitive result is read after the sync. */
  protected _result<R>(name: string, args: unknown[], api: string | undefined, compute: (target: T, ex: Exec) => R): FakeClientResult<R> {
    const result = new FakeClientResult<R>();
    this._enqueueCall(name, args, api, (target, ex) => {
      const value = clone(compute(target, ex));
      return { response: { Value: value }, publish: () => result._publish(value) };
    });
    return result;
  }

  private readonly _navs = new Map<string, FakeObject<unknown>>();

  /** A navigation property's proxy (format, fill, notes, ...), made once per proxy. */
  protected _navChild<C extends FakeObject<unknown>>(name: string, api: string | undefined, make: (parent: this, name: string, args: unknown[]) => C): C {
    let proxy = this._navs.get(name) as C | undefined;
    if (!proxy) {
      proxy = this._child(make, name, [], api, false);
      this._navs.set(name, proxy);
    }
    return proxy;
  }

  /**
   * A proxy for a related object. `eager` queues its resolution now — for methods with
   * an effect (add) and for *OrNullObject, whose isNullObject must be known after sync.
   */
  protected _child<C extends FakeObject<unknown>>(
    make: (parent: this, name: string, args: unknown[]) => C,
    name: string,
    args: unknown[],
    api: string | undefined,
    eager: boolean,
  ): C {
    const child = make(this, name, args);
    this.context.host.touched.add(`${this._type}.${name}`);
    if (api) child._api = { version: api, what: `${this._type}.${name}` };
    if (eager) {
      this.context._enqueue({
        proxy: child as FakeObject<unknown>,
        kind: "instantiate",
        name,
        args,
        run: (ex) => {
          const target = child._resolve(ex);
          return { response: { IsNull: target === null } };
        },
      });
    }
    return child;
  }

  /** API version the method that made this proxy needs, checked when it is resolved. */
  _api: { version: string; what: string } | null = null;

  load(option?: string | string[] | { select?: string; expand?: string }): this {
    const tree = parseLoad(option);
    this.context._enqueue({
      proxy: this as FakeObject<unknown>,
      kind: "load",
      name: "load",
      args: [option ?? null],
      run: (ex) => {
        const { data, publish } = this._load(tree, ex);
        return { response: data, publish };
      },
    });
    return this;
  }

  _load(tree: LoadTree, ex: Exec): { data: unknown; publish: () => void } {
    const target = this._resolve(ex);
    const props = this._props();
    const names = new Set(tree.scalars);
    const navs = new Map(tree.navs);
    if (tree.all) for (const [name, spec] of Object.entries(props)) if (!spec.api || ex.host.supports(spec.api)) names.add(name);
    const data: Record<string, unknown> = {};
    const publishes: (() => void)[] = [];
    for (const name of [...names, ...navs.keys()]) ex.host.touched.add(`${this._type}.${name}`);
    for (const name of names) {
      if (!props[name]) {
        if (this._nav(name)) {
          navs.set(name, { all: true, scalars: new Set(), navs: new Map() });
          continue;
        }
        throw officeError("InvalidArgument", `${this._type} has no property '${name}'`);
      }
      const spec = props[name];
      if (spec.api) requireApi(ex, spec.api, `${this._type}.${name}`);
      const value = target === null ? null : clone(spec.get(target, ex));
      data[name] = value;
      publishes.push(() => this._loaded.set(name, value));
    }
    for (const [name, sub] of navs) {
      const child = this._nav(name);
      if (!child) throw officeError("InvalidArgument", `${this._type} has no navigation property '${name}'`);
      const loaded = child._load(sub, ex);
      data[name] = loaded.data;
      publishes.push(loaded.publish);
    }
    return { data, publish: () => publishes.forEach((p) => p()) };
  }
}

/**
 * Gives a proxy class Office-style accessors for its scalar properties: reading needs a
 * completed load, writing queues a set (read-only properties get no setter, as in Office).
 */
export function defineScalars<T>(cls: { prototype: FakeObject<T> }, props: PropSpecs<T>): void {
  for (const [name, spec] of Object.entries(props)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: { _get(prop: string): unknown }) {
        return this._get(name);
      },
      set: spec.set
        ? function (this: { _set(prop: string, value: unknown): void }, value: unknown) {
            this._set(name, value);
          }
        : undefined,
    });
  }
}
