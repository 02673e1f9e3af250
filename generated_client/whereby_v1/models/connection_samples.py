from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionSamples")


@_attrs_define
class ConnectionSamples:
    """Quality samples, one value per sample interval.

    Attributes:
        packet_loss_send (list[float] | Unset):
        packet_loss_recv (list[float] | Unset):
        bitrate_send (list[float] | Unset):
        bitrate_recv (list[float] | Unset):
    """

    packet_loss_send: list[float] | Unset = UNSET
    packet_loss_recv: list[float] | Unset = UNSET
    bitrate_send: list[float] | Unset = UNSET
    bitrate_recv: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        packet_loss_send: list[float] | Unset = UNSET
        if not isinstance(self.packet_loss_send, Unset):
            packet_loss_send = self.packet_loss_send

        packet_loss_recv: list[float] | Unset = UNSET
        if not isinstance(self.packet_loss_recv, Unset):
            packet_loss_recv = self.packet_loss_recv

        bitrate_send: list[float] | Unset = UNSET
        if not isinstance(self.bitrate_send, Unset):
            bitrate_send = self.bitrate_send

        bitrate_recv: list[float] | Unset = UNSET
        if not isinstance(self.bitrate_recv, Unset):
            bitrate_recv = self.bitrate_recv

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if packet_loss_send is not UNSET:
            field_dict["packetLossSend"] = packet_loss_send
        if packet_loss_recv is not UNSET:
            field_dict["packetLossRecv"] = packet_loss_recv
        if bitrate_send is not UNSET:
            field_dict["bitrateSend"] = bitrate_send
        if bitrate_recv is not UNSET:
            field_dict["bitrateRecv"] = bitrate_recv

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        packet_loss_send = cast(list[float], d.pop("packetLossSend", UNSET))

        packet_loss_recv = cast(list[float], d.pop("packetLossRecv", UNSET))

        bitrate_send = cast(list[float], d.pop("bitrateSend", UNSET))

        bitrate_recv = cast(list[float], d.pop("bitrateRecv", UNSET))

        connection_samples = cls(
            packet_loss_send=packet_loss_send,
            packet_loss_recv=packet_loss_recv,
            bitrate_send=bitrate_send,
            bitrate_recv=bitrate_recv,
        )

        connection_samples.additional_properties = d
        return connection_samples

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
