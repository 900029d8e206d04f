package org.tandem.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;

/** The one row of settings: whose open data to read (the local authority, its region, its neighbours). */
@Entity
@Table(name = "measure_settings")
public class MeasureSettings {

    static final long ID = 1;

    @Id
    private long id = ID;
    @Version
    private long version;
    @Column(name = "la_code", nullable = false, length = 20)
    private String laCode = "";
    @Column(name = "region_name", nullable = false, length = 100)
    private String regionName = "";
    @Column(name = "neighbour_codes", nullable = false, length = 500)
    private String neighbourCodes = "";
    @Column(name = "small_number_base", nullable = false)
    private int smallNumberBase = 10;

    protected MeasureSettings() {
    }

    void set(String laCode, String regionName, List<String> neighbours, int smallNumberBase) {
        this.laCode = laCode.strip();
        this.regionName = regionName.strip();
        this.neighbourCodes = String.join(",", neighbours.stream().map(String::strip).filter(c -> !c.isEmpty())
                .toList());
        this.smallNumberBase = smallNumberBase;
    }

    public long getVersion() {
        return version;
    }

    public String getLaCode() {
        return laCode;
    }

    public String getRegionName() {
        return regionName;
    }

    public List<String> getNeighbourCodes() {
        return neighbourCodes.isBlank() ? List.of() : Arrays.stream(neighbourCodes.split(",")).map(String::strip)
                .toList();
    }

    public int getSmallNumberBase() {
        return smallNumberBase;
    }
}
