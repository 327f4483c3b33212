/** Labels on every Kubernetes object the apps stack creates itself (the chart labels its own objects). */
export const RATINGS_LABELS: Readonly<Record<string, string>> = { "app.kubernetes.io/part-of": "ratings", "app.kubernetes.io/managed-by": "cdktf" };
