import * as React from "react";

/** the component type of a module's export, with its props */
type ComponentOf<Export> =
  Export extends React.ComponentType<infer Props> ? React.ComponentType<Props> : never;

/**
 * A component that loads with its module, on first render, from the module's named export: the pane starts
 * with only what its first step needs. The caller writes the `import()` itself, so that webpack sees the
 * module and the chunk name in its comment.
 *
 * @example
 * const loadModelStep = () => import(/* webpackChunkName: "model-step" *\/ "./ModelStep");
 * const ModelStep = lazyNamed(loadModelStep, "ModelStep");
 */
export function lazyNamed<Module, Name extends keyof Module>(
  load: () => Promise<Module>,
  name: Name,
): React.LazyExoticComponent<ComponentOf<Module[Name]>> {
  return React.lazy(() => load().then((module) => ({ default: module[name] as ComponentOf<Module[Name]> })));
}
