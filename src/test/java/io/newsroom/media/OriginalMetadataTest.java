package io.newsroom.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import io.newsroom.IntegrationTest;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An original as journalists download it says where it was taken by nobody: GPS positions, serial
 * numbers, owner names, XMP and comments are gone, while its colour, orientation, caption, credit
 * and copyright stay and the picture is the same bytes.
 */
@IntegrationTest
class OriginalMetadataTest {

    @Autowired
    MediaLibrary library;

    @Test
    void aPhotosOriginalLosesItsLocationAndOwnerAndKeepsItsCreditAndOrientation() throws Exception {
        byte[] photo = cameraJpeg();
        assertThat(exifOf(photo).getExif().getGpsInfo()).as("the upload has a position").isNotNull();

        var image = library.store("IMG_0042.jpg", photo, "test");
        byte[] original = library.readStored(image.original().url().substring("/media/".length()), 10_000_000).orElseThrow();

        var kept = exifOf(original);
        assertThat(kept.getExif().getGpsInfo()).isNull();
        assertThat(kept.findExifValue(ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER)).isNull();
        assertThat(kept.findExifValue(ExifTagConstants.EXIF_TAG_CAMERA_OWNER_NAME)).isNull();
        assertThat(kept.findExifValue(TiffTagConstants.TIFF_TAG_MAKE)).isNull();
        assertThat(kept.findExifValue(TiffTagConstants.TIFF_TAG_COPYRIGHT).getStringValue()).isEqualTo("MEDICAL IP");
        assertThat(kept.findExifValue(TiffTagConstants.TIFF_TAG_ORIENTATION).getIntValue()).isEqualTo(6);
        var iptc = kept.getPhotoshop().photoshopApp13Data.getRecords().stream().map(IptcRecord::getValue).toList();
        assertThat(iptc).contains("The MOU signing in Seoul", "MEDICAL IP / Lee Ji-eun").doesNotContain("Seoul", "Jung-gu");
        String bytes = new String(original, StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("37.5665", "Hong Gil-dong", "SN-12345", "<x:xmpmeta", "a private comment");
        assertThat(image.original().size()).isEqualTo(original.length);
        var picture = ImageIO.read(new ByteArrayInputStream(original));
        assertThat(picture.getWidth()).isEqualTo(640);
        assertThat(picture.getHeight()).isEqualTo(400);
    }

    @Test
    void aPngsOriginalKeepsItsCopyrightTextAndLosesItsOtherTextAndExif() throws Exception {
        byte[] png = withChunks(TestImages.png(300, 200), List.of(
                chunk("tEXt", "Copyright\0MEDICAL IP"), chunk("tEXt", "Location\0Seoul, 37.5665 N"),
                chunk("eXIf", "MM\0*GPS 37.5665"), chunk("iTXt", "XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta/>")));

        var image = library.store("chart.png", png, "test");
        byte[] original = library.readStored(image.original().url().substring("/media/".length()), 10_000_000).orElseThrow();

        String bytes = new String(original, StandardCharsets.ISO_8859_1);
        assertThat(bytes).contains("Copyright\0MEDICAL IP").doesNotContain("Location", "37.5665", "xmpmeta", "eXIf");
        assertThat(ImageIO.read(new ByteArrayInputStream(original)).getWidth()).isEqualTo(300);
    }

    @Test
    void aFileWithNothingToTakeOutIsKeptByteForByte() throws Exception {
        byte[] plain = TestImages.jpeg(320, 200);

        var image = library.store("plain.jpg", plain, "test");

        assertThat(library.readStored(image.original().url().substring("/media/".length()), 10_000_000).orElseThrow())
                .isEqualTo(plain);
        assertThat(OriginalMetadata.clean(TestImages.gif(10, 10), ImageFormat.GIF)).isEqualTo(TestImages.gif(10, 10));
        assertThat(OriginalMetadata.clean(TestImages.webp(), ImageFormat.WEBP)).isEqualTo(TestImages.webp());
    }

    /** What a phone writes: position, maker, serial number, owner, orientation, XMP, IPTC with the city, a comment. */
    static byte[] cameraJpeg() throws Exception {
        var exif = new TiffOutputSet();
        var root = exif.getOrCreateRootDirectory();
        root.add(TiffTagConstants.TIFF_TAG_MAKE, "Canon");
        root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) 6);
        root.add(TiffTagConstants.TIFF_TAG_COPYRIGHT, "MEDICAL IP");
        var details = exif.getOrCreateExifDirectory();
        details.add(ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER, "SN-12345");
        details.add(ExifTagConstants.EXIF_TAG_CAMERA_OWNER_NAME, "Hong Gil-dong");
        exif.setGpsInDegrees(126.9780, 37.5665);
        var withExif = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(TestImages.jpeg(640, 400), withExif, exif);

        var withXmp = new ByteArrayOutputStream();
        new JpegXmpRewriter().updateXmpXml(withExif.toByteArray(), withXmp,
                "<x:xmpmeta xmlns:x='adobe:ns:meta/'><exif:GPSLatitude>37.5665</exif:GPSLatitude></x:xmpmeta>");

        var withIptc = new ByteArrayOutputStream();
        new JpegIptcRewriter().writeIptc(withXmp.toByteArray(), withIptc, new PhotoshopApp13Data(List.of(
                new IptcRecord(IptcTypes.CAPTION_ABSTRACT, "The MOU signing in Seoul"),
                new IptcRecord(IptcTypes.CREDIT, "MEDICAL IP / Lee Ji-eun"),
                new IptcRecord(IptcTypes.CITY, "Seoul"),
                new IptcRecord(IptcTypes.SUBLOCATION, "Jung-gu")), List.of()));

        byte[] jpeg = withIptc.toByteArray();
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        byte[] comment = "a private comment".getBytes(StandardCharsets.ISO_8859_1);
        out.write(new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) (comment.length + 2)});
        out.write(comment);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static JpegImageMetadata exifOf(byte[] jpeg) throws IOException {
        return (JpegImageMetadata) Imaging.getMetadata(jpeg);
    }

    private static byte[] chunk(String type, String content) {
        byte[] data = content.getBytes(StandardCharsets.ISO_8859_1);
        var crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1))
                .put(data).putInt((int) crc.getValue()).array();
    }

    /** The chunks put after the header chunk (IHDR: 8 bytes of signature, 25 of chunk). */
    private static byte[] withChunks(byte[] png, List<byte[]> chunks) {
        var out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        chunks.forEach(out::writeBytes);
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }
}
