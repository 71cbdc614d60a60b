package vn.dangbo.portal.meeting;

import org.springframework.web.multipart.MultipartFile;

/** The signed scan of the minutes, uploaded from the meeting's page. */
public class ScanForm {

    private MultipartFile file;

    public MultipartFile getFile() { return file; }
    public void setFile(MultipartFile file) { this.file = file; }
}
