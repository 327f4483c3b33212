// https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs/resources/git_repository_branch
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface GitRepositoryBranchConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs/resources/git_repository_branch#id GitRepositoryBranch#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs/resources/git_repository_branch#name GitRepositoryBranch#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs/resources/git_repository_branch#ref_branch GitRepositoryBranch#ref_branch}
  */
  readonly refBranch?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs/resources/git_repository_branch#ref_commit_id GitRepositoryBranch#ref_commit_id}
  */
  readonly refCommitId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs/resources/git_repository_branch#ref_tag GitRepositoryBranch#ref_tag}
  */
  readonly refTag?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs/resources/git_repository_branch#repository_id GitRepositoryBranch#repository_id}
  */
  readonly repositoryId: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs/resources/git_repository_branch azuredevops_git_repository_branch}
*/
export class GitRepositoryBranch extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "azuredevops_git_repository_branch";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a GitRepositoryBranch resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the GitRepositoryBranch to import
  * @param importFromId The id of the existing GitRepositoryBranch that should be imported. Refer to the {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs/resources/git_repository_branch#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the GitRepositoryBranch to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "azuredevops_git_repository_branch", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs/resources/git_repository_branch azuredevops_git_repository_branch} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options GitRepositoryBranchConfig
  */
  public constructor(scope: Construct, id: string, config: GitRepositoryBranchConfig) {
    super(scope, id, {
      terraformResourceType: 'azuredevops_git_repository_branch',
      terraformGeneratorMetadata: {
        providerName: 'azuredevops',
        providerVersion: '1.1.1',
        providerVersionConstraint: '~> 1.1'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._id = config.id;
    this._name = config.name;
    this._refBranch = config.refBranch;
    this._refCommitId = config.refCommitId;
    this._refTag = config.refTag;
    this._repositoryId = config.repositoryId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // last_commit_id - computed: true, optional: false, required: false
  public get lastCommitId() {
    return this.getStringAttribute('last_commit_id');
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // ref_branch - computed: false, optional: true, required: false
  private _refBranch?: string; 
  public get refBranch() {
    return this.getStringAttribute('ref_branch');
  }
  public set refBranch(value: string) {
    this._refBranch = value;
  }
  public resetRefBranch() {
    this._refBranch = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get refBranchInput() {
    return this._refBranch;
  }

  // ref_commit_id - computed: false, optional: true, required: false
  private _refCommitId?: string; 
  public get refCommitId() {
    return this.getStringAttribute('ref_commit_id');
  }
  public set refCommitId(value: string) {
    this._refCommitId = value;
  }
  public resetRefCommitId() {
    this._refCommitId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get refCommitIdInput() {
    return this._refCommitId;
  }

  // ref_tag - computed: false, optional: true, required: false
  private _refTag?: string; 
  public get refTag() {
    return this.getStringAttribute('ref_tag');
  }
  public set refTag(value: string) {
    this._refTag = value;
  }
  public resetRefTag() {
    this._refTag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get refTagInput() {
    return this._refTag;
  }

  // repository_id - computed: false, optional: false, required: true
  private _repositoryId?: string; 
  public get repositoryId() {
    return this.getStringAttribute('repository_id');
  }
  public set repositoryId(value: string) {
    this._repositoryId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get repositoryIdInput() {
    return this._repositoryId;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
      name: cdktf.stringToTerraform(this._name),
      ref_branch: cdktf.stringToTerraform(this._refBranch),
      ref_commit_id: cdktf.stringToTerraform(this._refCommitId),
      ref_tag: cdktf.stringToTerraform(this._refTag),
      repository_id: cdktf.stringToTerraform(this._repositoryId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ref_branch: {
        value: cdktf.stringToHclTerraform(this._refBranch),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ref_commit_id: {
        value: cdktf.stringToHclTerraform(this._refCommitId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ref_tag: {
        value: cdktf.stringToHclTerraform(this._refTag),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      repository_id: {
        value: cdktf.stringToHclTerraform(this._repositoryId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
