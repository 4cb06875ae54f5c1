//! ZIP archives of stored (uncompressed) files, for exports a person
//! downloads: every operating system opens them without extra software.

/// A file in the archive: its path inside it and its contents.
pub(crate) struct ZipEntry {
    pub name: String,
    pub contents: Vec<u8>,
}

/// The archive's bytes. Names are UTF-8 (flag bit 11), times are the
/// given date (UTC), every entry is stored. Archives past 4 GiB are not
/// needed here and are refused.
pub(crate) fn zip(entries: &[ZipEntry], year: i64, month: u32, day: u32) -> Option<Vec<u8>> {
    let date = u16::try_from(((year - 1980).clamp(0, 127) << 9) | (i64::from(month) << 5) | i64::from(day)).ok()?;
    let mut out = Vec::new();
    let mut central = Vec::new();
    for entry in entries {
        let offset = u32::try_from(out.len()).ok()?;
        let size = u32::try_from(entry.contents.len()).ok()?;
        let name = entry.name.as_bytes();
        let name_len = u16::try_from(name.len()).ok()?;
        let crc = crc32fast::hash(&entry.contents);
        // Local file header.
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        out.extend_from_slice(&20u16.to_le_bytes()); // version needed
        out.extend_from_slice(&0x0800u16.to_le_bytes()); // UTF-8 names
        out.extend_from_slice(&0u16.to_le_bytes()); // stored
        out.extend_from_slice(&0u16.to_le_bytes()); // time
        out.extend_from_slice(&date.to_le_bytes());
        out.extend_from_slice(&crc.to_le_bytes());
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&name_len.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(name);
        out.extend_from_slice(&entry.contents);
        // Its central directory record.
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes()); // made by
        central.extend_from_slice(&20u16.to_le_bytes()); // needed
        central.extend_from_slice(&0x0800u16.to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes());
        central.extend_from_slice(&date.to_le_bytes());
        central.extend_from_slice(&crc.to_le_bytes());
        central.extend_from_slice(&size.to_le_bytes());
        central.extend_from_slice(&size.to_le_bytes());
        central.extend_from_slice(&name_len.to_le_bytes());
        central.extend_from_slice(&[0; 8]); // extra, comment, disk, internal attributes
        central.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name);
    }
    let central_offset = u32::try_from(out.len()).ok()?;
    let central_size = u32::try_from(central.len()).ok()?;
    let count = u16::try_from(entries.len()).ok()?;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]); // disk numbers
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&central_size.to_le_bytes());
    out.extend_from_slice(&central_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    Some(out)
}

/// The entries of an archive [`zip`] wrote: for tests and for reading one back.
#[cfg(test)]
pub(crate) fn unzip(bytes: &[u8]) -> Option<Vec<ZipEntry>> {
    let mut entries = Vec::new();
    let mut at = 0usize;
    let u16_at =
        |i: usize| -> Option<usize> { Some(usize::from(u16::from_le_bytes(bytes.get(i..i + 2)?.try_into().ok()?))) };
    let u32_at =
        |i: usize| -> Option<usize> { usize::try_from(u32::from_le_bytes(bytes.get(i..i + 4)?.try_into().ok()?)).ok() };
    while u32_at(at)? == 0x0403_4b50 {
        let size = u32_at(at + 18)?;
        let name_len = u16_at(at + 26)?;
        let extra = u16_at(at + 28)?;
        let name = String::from_utf8(bytes.get(at + 30..at + 30 + name_len)?.to_vec()).ok()?;
        let start = at + 30 + name_len + extra;
        let contents = bytes.get(start..start + size)?.to_vec();
        if crc32fast::hash(&contents) != u32::try_from(u32_at(at + 14)?).ok()? {
            return None;
        }
        entries.push(ZipEntry { name, contents });
        at = start + size;
    }
    Some(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn archives_read_back() {
        let entries = vec![
            ZipEntry { name: "report.html".into(), contents: b"<p>hello</p>".to_vec() },
            ZipEntry { name: "documents/تقرير.txt".into(), contents: vec![0, 1, 2, 255] },
        ];
        let bytes = zip(&entries, 2026, 11, 29).unwrap_or_default();
        let back = unzip(&bytes).unwrap_or_default();
        assert_eq!(back.len(), 2);
        assert_eq!(back[1].name, "documents/تقرير.txt");
        assert_eq!(back[1].contents, vec![0, 1, 2, 255]);
        // The end of central directory names both entries.
        let end = &bytes[bytes.len() - 22..];
        assert_eq!(&end[..4], &0x0605_4b50u32.to_le_bytes());
        assert_eq!(u16::from_le_bytes([end[10], end[11]]), 2);
    }
}
