# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/microsoft/azuredevops" {
  version     = "1.1.1"
  constraints = "1.1.1"
  hashes = [
    "h1:yK2fFhvBtl1NjGhY8hgbPotJEmXD8BQmrR3eKCc4Urk=",
  ]
}
