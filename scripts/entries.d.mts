export interface Entry {
  readonly subpath: string;
  readonly limit: string;
  readonly imports?: Readonly<Record<string, string>>;
}
export declare const ENTRIES: readonly Entry[];
export declare function sourceOf(subpath: string): string;
export declare function distOf(subpath: string): string;
export declare function exportsMap(): Record<string, unknown>;
