from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
        _packet_loss_send = d.pop("packetLossSend", UNSET)
        packet_loss_send: list[float] | Unset
        if isinstance(_packet_loss_send, Unset):
            packet_loss_send = UNSET
        else:
            if not isinstance(_packet_loss_send, list):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "packetLossSend", "an array", _packet_loss_send)

            for packet_loss_send_item_data in _packet_loss_send:
                if not isinstance(packet_loss_send_item_data, (float, int)) or isinstance(
                    packet_loss_send_item_data, bool
                ):
                    from ..errors import wrong_type  # noqa: PLC0415

                    raise wrong_type(
                        cls.__name__,
                        "packetLossSend"
                        + "["
                        + str(next(i for i, x in enumerate(_packet_loss_send) if x is packet_loss_send_item_data))
                        + "]",
                        "a number",
                        packet_loss_send_item_data,
                    )

            packet_loss_send = _packet_loss_send

        _packet_loss_recv = d.pop("packetLossRecv", UNSET)
        packet_loss_recv: list[float] | Unset
        if isinstance(_packet_loss_recv, Unset):
            packet_loss_recv = UNSET
        else:
            if not isinstance(_packet_loss_recv, list):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "packetLossRecv", "an array", _packet_loss_recv)

            for packet_loss_recv_item_data in _packet_loss_recv:
                if not isinstance(packet_loss_recv_item_data, (float, int)) or isinstance(
                    packet_loss_recv_item_data, bool
                ):
                    from ..errors import wrong_type  # noqa: PLC0415

                    raise wrong_type(
                        cls.__name__,
                        "packetLossRecv"
                        + "["
                        + str(next(i for i, x in enumerate(_packet_loss_recv) if x is packet_loss_recv_item_data))
                        + "]",
                        "a number",
                        packet_loss_recv_item_data,
                    )

            packet_loss_recv = _packet_loss_recv

        _bitrate_send = d.pop("bitrateSend", UNSET)
        bitrate_send: list[float] | Unset
        if isinstance(_bitrate_send, Unset):
            bitrate_send = UNSET
        else:
            if not isinstance(_bitrate_send, list):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "bitrateSend", "an array", _bitrate_send)

            for bitrate_send_item_data in _bitrate_send:
                if not isinstance(bitrate_send_item_data, (float, int)) or isinstance(bitrate_send_item_data, bool):
                    from ..errors import wrong_type  # noqa: PLC0415

                    raise wrong_type(
                        cls.__name__,
                        "bitrateSend"
                        + "["
                        + str(next(i for i, x in enumerate(_bitrate_send) if x is bitrate_send_item_data))
                        + "]",
                        "a number",
                        bitrate_send_item_data,
                    )

            bitrate_send = _bitrate_send

        _bitrate_recv = d.pop("bitrateRecv", UNSET)
        bitrate_recv: list[float] | Unset
        if isinstance(_bitrate_recv, Unset):
            bitrate_recv = UNSET
        else:
            if not isinstance(_bitrate_recv, list):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "bitrateRecv", "an array", _bitrate_recv)

            for bitrate_recv_item_data in _bitrate_recv:
                if not isinstance(bitrate_recv_item_data, (float, int)) or isinstance(bitrate_recv_item_data, bool):
                    from ..errors import wrong_type  # noqa: PLC0415

                    raise wrong_type(
                        cls.__name__,
                        "bitrateRecv"
                        + "["
                        + str(next(i for i, x in enumerate(_bitrate_recv) if x is bitrate_recv_item_data))
                        + "]",
                        "a number",
                        bitrate_recv_item_data,
                    )

            bitrate_recv = _bitrate_recv

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
