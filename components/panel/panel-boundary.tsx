"use client";

import { Component, type ReactNode } from "react";

/**
 * A request the panel cannot draw (valid JSON of an odd shape) must not take the page down:
 * the panel says so and the JSON editor stays usable. It retries when the request changes.
 */
export class PanelBoundary extends Component<
  { resetKey: unknown; children: ReactNode },
  { failed: boolean; key: unknown }
> {
  state = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: { resetKey: unknown }, state: { failed: boolean; key: unknown }) {
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null;
  }

  render() {
    if (this.state.failed) {
      return (
        <p role="alert" className="p-3 text-sm text-red-700 dark:text-red-400">
          The panel cannot show this request. Edit it in the Request JSON.
        </p>
      );
    }
    return this.props.children;
  }
}
