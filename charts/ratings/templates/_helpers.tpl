{{/*
Labels shared by every object. Call with (dict "root" $ "name" "<object name>" "component" "<tier>").
*/}}
{{- define "ratings.chart" -}}
{{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* What Services and workload selectors match on: never changes for the life of a release. */}}
{{- define "ratings.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end }}

{{/* Pod template labels: no chart or app version, so a chart upgrade alone restarts no pod. */}}
{{- define "ratings.podLabels" -}}
{{ include "ratings.selectorLabels" . }}
app.kubernetes.io/part-of: ratings
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/* Object labels: the standard app.kubernetes.io/* set and helm.sh/chart. */}}
{{- define "ratings.labels" -}}
helm.sh/chart: {{ include "ratings.chart" .root }}
{{ include "ratings.podLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- end }}
