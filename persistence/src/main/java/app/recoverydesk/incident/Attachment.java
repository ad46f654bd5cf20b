package app.recoverydesk.incident;

import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A photo or PDF that documents an incident (the cold plate, the damage). */
@Entity
@Table(name = "incident_attachment")
@NamedQuery(name = "Attachment.ofIncident", query = "select new app.recoverydesk.incident.Attachment$Info("
        + "a.id, a.fileName, a.contentType, a.sizeBytes, a.uploadedBy, a.uploadedAt) from Attachment a "
        + "where a.incidentId = :incidentId order by a.id")
@NamedQuery(name = "Attachment.byId",
        query = "select a from Attachment a where a.id = :id and a.incidentId = :incidentId")
public class Attachment extends TenantOwned {

    /** An attachment without its bytes, for lists. */
    public record Info(Long id, String fileName, String contentType, int sizeBytes, String uploadedBy,
                       Instant uploadedAt) implements Serializable {
    }


    @Column(name = "incident_id", nullable = false, updatable = false)
    private Long incidentId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    public Attachment(Incident incident, String fileName, String contentType, byte[] content, String uploadedBy,
                      Instant now) {
        this.incidentId = incident.getId();
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }


    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }

    /** How the file is offered for download: shown in the browser where it can be, under its own name. */
    public String contentDisposition() {
        return "inline; filename=\"" + fileName + "\"";
    }
}
