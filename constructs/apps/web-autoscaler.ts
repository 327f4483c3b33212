import { HorizontalPodAutoscalerV2 } from "@cdktf/provider-kubernetes/lib/horizontal-pod-autoscaler-v2";
import type { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";

export interface WebAutoscalerOptions {
  readonly namespace: string;
  /** Deployment to scale; it must set CPU requests or the HPA reports `<unknown>`. */
  readonly deploymentName: string;
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /** Target average CPU utilization, percent of the pods' CPU request. */
  readonly cpuUtilization: number;
  readonly dependsOn?: ITerraformDependable[];
}

/** The guide's `kubectl autoscale deployment ratings-web --cpu-percent=80 --min=1 --max=10`, as code. */
export class WebAutoscaler extends Construct {
  readonly hpa: HorizontalPodAutoscalerV2;

  constructor(scope: Construct, id: string, options: WebAutoscalerOptions) {
    super(scope, id);
    this.hpa = new HorizontalPodAutoscalerV2(this, "hpa", {
      metadata: { name: options.deploymentName, namespace: options.namespace },
      spec: {
        scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: options.deploymentName },
        minReplicas: options.minReplicas,
        maxReplicas: options.maxReplicas,
        metric: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: options.cpuUtilization } } }],
      },
      dependsOn: options.dependsOn,
    });
  }
}
