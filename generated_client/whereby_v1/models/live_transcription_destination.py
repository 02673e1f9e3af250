from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authentication_type import AuthenticationType
from ..models.storage_provider import StorageProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveTranscriptionDestination")


@_attrs_define
class LiveTranscriptionDestination:
    """Storage for session transcripts; same fields as for recordings, without a file format.

    Attributes:
        provider (StorageProvider): `whereby` for Whereby-hosted storage, `s3` for a customer bucket.
        authentication_type (AuthenticationType | Unset): `accessKey` uses a key pair; `roleBased` assumes an IAM role
            through OIDC.
        bucket (str | Unset):
        access_key_id (str | Unset):
        access_key_secret (str | Unset):
        region (str | Unset):
        oidc_role_arn (str | Unset):
    """

    provider: StorageProvider
    authentication_type: AuthenticationType | Unset = UNSET
    bucket: str | Unset = UNSET
    access_key_id: str | Unset = UNSET
    access_key_secret: str | Unset = UNSET
    region: str | Unset = UNSET
    oidc_role_arn: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider.value

        authentication_type: str | Unset = UNSET
        if not isinstance(self.authentication_type, Unset):
            authentication_type = self.authentication_type.value

        bucket = self.bucket

        access_key_id = self.access_key_id

        access_key_secret = self.access_key_secret

        region = self.region

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
        if access_key_id is not UNSET:
            field_dict["accessKeyId"] = access_key_id
        if access_key_secret is not UNSET:
            field_dict["accessKeySecret"] = access_key_secret
        if region is not UNSET:
            field_dict["region"] = region
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

        access_key_id = d.pop("accessKeyId", UNSET)
        if not isinstance(access_key_id, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "accessKeyId", "a string", access_key_id)

        access_key_secret = d.pop("accessKeySecret", UNSET)
        if not isinstance(access_key_secret, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "accessKeySecret", "a string", access_key_secret)

        region = d.pop("region", UNSET)
        if not isinstance(region, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "region", "a string", region)

        oidc_role_arn = d.pop("oidcRoleArn", UNSET)
        if not isinstance(oidc_role_arn, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "oidcRoleArn", "a string", oidc_role_arn)

        live_transcription_destination = cls(
            provider=provider,
            authentication_type=authentication_type,
            bucket=bucket,
            access_key_id=access_key_id,
            access_key_secret=access_key_secret,
            region=region,
            oidc_role_arn=oidc_role_arn,
        )

        live_transcription_destination.additional_properties = d
        return live_transcription_destination

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
