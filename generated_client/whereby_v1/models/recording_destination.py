from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authentication_type import AuthenticationType
from ..models.recording_file_format import RecordingFileFormat
from ..models.storage_provider import StorageProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingDestination")


@_attrs_define
class RecordingDestination:
    """Storage for cloud recordings. For `s3` with `accessKey` give bucket,
    region and the key pair; with `roleBased` give bucket and `oidcRoleArn`.

        Attributes:
            provider (StorageProvider): `whereby` for Whereby-hosted storage, `s3` for a customer bucket.
            authentication_type (AuthenticationType | Unset): `accessKey` uses a key pair; `roleBased` assumes an IAM role
                through OIDC.
            bucket (str | Unset): Bucket name, optionally with a folder path (`my-bucket/recordings`).
            region (str | Unset): Bucket region, e.g. `eu-west-1`.
            access_key_id (str | Unset):
            access_key_secret (str | Unset):
            file_format (RecordingFileFormat | Unset):
            oidc_role_arn (str | Unset): IAM role to assume; only with `roleBased`.
    """

    provider: StorageProvider
    authentication_type: AuthenticationType | Unset = UNSET
    bucket: str | Unset = UNSET
    region: str | Unset = UNSET
    access_key_id: str | Unset = UNSET
    access_key_secret: str | Unset = UNSET
    file_format: RecordingFileFormat | Unset = UNSET
    oidc_role_arn: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider.value

        authentication_type: str | Unset = UNSET
        if not isinstance(self.authentication_type, Unset):
            authentication_type = self.authentication_type.value

        bucket = self.bucket

        region = self.region

        access_key_id = self.access_key_id

        access_key_secret = self.access_key_secret

        file_format: str | Unset = UNSET
        if not isinstance(self.file_format, Unset):
            file_format = self.file_format.value

        oidc_role_arn = self.oidc_role_arn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
            }
        )
        if authentication_type is not UNSET:
            field_dict["authenticationType"] = authentication_type
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if region is not UNSET:
            field_dict["region"] = region
        if access_key_id is not UNSET:
            field_dict["accessKeyId"] = access_key_id
        if access_key_secret is not UNSET:
            field_dict["accessKeySecret"] = access_key_secret
        if file_format is not UNSET:
            field_dict["fileFormat"] = file_format
        if oidc_role_arn is not UNSET:
            field_dict["oidcRoleArn"] = oidc_role_arn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _provider = d.pop("provider", UNSET)
        provider: StorageProvider
        if not isinstance(_provider, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "provider", "a string", _provider)

        try:
            provider = StorageProvider(_provider)
        except ValueError as exc:
            from ..errors import bad_value  # noqa: PLC0415

            raise bad_value(cls.__name__, "provider", exc) from None

        _authentication_type = d.pop("authenticationType", UNSET)
        authentication_type: AuthenticationType | Unset
        if isinstance(_authentication_type, Unset):
            authentication_type = UNSET
        else:
            if not isinstance(_authentication_type, str):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "authenticationType", "a string", _authentication_type)

            try:
                authentication_type = AuthenticationType(_authentication_type)
            except ValueError as exc:
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "authenticationType", exc) from None

        bucket = d.pop("bucket", UNSET)
        if not isinstance(bucket, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "bucket", "a string", bucket)

        region = d.pop("region", UNSET)
        if not isinstance(region, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "region", "a string", region)

        access_key_id = d.pop("accessKeyId", UNSET)
        if not isinstance(access_key_id, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "accessKeyId", "a string", access_key_id)

        access_key_secret = d.pop("accessKeySecret", UNSET)
        if not isinstance(access_key_secret, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "accessKeySecret", "a string", access_key_secret)

        _file_format = d.pop("fileFormat", UNSET)
        file_format: RecordingFileFormat | Unset
        if isinstance(_file_format, Unset):
            file_format = UNSET
        else:
            if not isinstance(_file_format, str):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "fileFormat", "a string", _file_format)

            try:
                file_format = RecordingFileFormat(_file_format)
            except ValueError as exc:
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "fileFormat", exc) from None

        oidc_role_arn = d.pop("oidcRoleArn", UNSET)
        if not isinstance(oidc_role_arn, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "oidcRoleArn", "a string", oidc_role_arn)

        recording_destination = cls(
            provider=provider,
            authentication_type=authentication_type,
            bucket=bucket,
            region=region,
            access_key_id=access_key_id,
            access_key_secret=access_key_secret,
            file_format=file_format,
            oidc_role_arn=oidc_role_arn,
        )

        recording_destination.additional_properties = d
        return recording_destination

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
