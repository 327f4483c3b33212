# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/azurestack" {
  version     = "1.0.0"
  constraints = "1.0.0"
  hashes = [
    "h1:yPFYgQlC2YuWmZ0ighnQ//SSuJzeVpRizFGlMR8jBWg=",
  ]
}
